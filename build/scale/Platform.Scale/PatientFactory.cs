using Platform.Patients.Contracts;

namespace Platform.Scale;

/// <summary>
/// Plausible patients, the same ones for the same seed: names of the patient's country (with the
/// native script where the country writes another), the four kinds in a center's proportions,
/// languages and sources that go with the country.
/// </summary>
internal sealed class PatientFactory(int seed)
{
    private sealed record Country(string Code, string TimeZone, string Language, string Dial, string[] Families, string[] Givens, string[]? NativeFamilies = null);

    private static readonly Country[] _countries =
    [
        new("AE", "Asia/Dubai", "ar", "+97150", ["Al Mansouri", "Al Hashimi", "Al Nuaimi", "Al Ketbi", "Al Shamsi"], ["Fatima", "Mariam", "Ahmed", "Khalid", "Hessa", "Saeed"], ["المنصوري", "الهاشمي", "النعيمي", "الكتبي", "الشامسي"]),
        new("SA", "Asia/Riyadh", "ar", "+96655", ["Al Qahtani", "Al Ghamdi", "Al Harbi", "Al Otaibi", "Al Zahrani"], ["Abdullah", "Noura", "Faisal", "Reem", "Turki", "Lama"], ["القحطاني", "الغامدي", "الحربي", "العتيبي", "الزهراني"]),
        new("KW", "Asia/Kuwait", "ar", "+96560", ["Al Sabah", "Al Mutairi", "Al Ajmi", "Al Enezi"], ["Noura", "Fahad", "Dana", "Yousef"], ["الصباح", "المطيري", "العجمي", "العنزي"]),
        new("QA", "Asia/Qatar", "ar", "+97455", ["Al Thani", "Al Kuwari", "Al Marri", "Al Sulaiti"], ["Hamad", "Aisha", "Jassim", "Maha"], ["آل ثاني", "الكواري", "المري", "السليطي"]),
        new("RU", "Europe/Moscow", "ru", "+7916", ["Volkova", "Ivanov", "Smirnova", "Kuznetsov", "Popova", "Sokolov"], ["Irina", "Sergei", "Olga", "Dmitri", "Natalia", "Alexei"], ["Волкова", "Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов"]),
        new("KZ", "Asia/Almaty", "kk", "+7701", ["Nurlanovna", "Akhmetov", "Suleimenova", "Bekov"], ["Aidana", "Nursultan", "Aigerim", "Daniyar"], ["Нурлановна", "Ахметов", "Сулейменова", "Беков"]),
        new("NG", "Africa/Lagos", "en", "+234803", ["Okonkwo", "Adeyemi", "Eze", "Balogun", "Okafor", "Nwosu"], ["Chukwuemeka", "Adaeze", "Tunde", "Ngozi", "Emeka", "Funmi"]),
        new("MA", "Africa/Casablanca", "ar", "+212661", ["Benali", "El Idrissi", "Alaoui", "Bennani"], ["Youssef", "Salma", "Karim", "Imane"], ["بن علي", "الإدريسي", "العلوي", "بناني"]),
        new("GB", "Europe/London", "en", "+447700", ["Bennett", "Hughes", "Evans", "Taylor", "Wilson", "Clarke", "Wright"], ["Oliver", "Margaret", "James", "Emily", "George", "Sarah", "Peter"]),
        new("IE", "Europe/Dublin", "en", "+35387", ["Murphy", "Walsh", "O'Connor", "Byrne", "Ryan"], ["Patrick", "Chloe", "Sean", "Aoife", "Ciaran"]),
        new("DE", "Europe/Berlin", "de", "+49151", ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker"], ["Thomas", "Lena", "Wolfgang", "Sabine", "Jonas", "Ursula"]),
        new("NL", "Europe/Amsterdam", "nl", "+3161", ["de Vries", "van den Berg", "Jansen", "Bakker", "Visser"], ["Daan", "Gerda", "Sanne", "Pieter", "Femke"]),
        new("FR", "Europe/Paris", "fr", "+3361", ["Laurent", "Moreau", "Dubois", "Lefèvre", "Girard"], ["Sophie", "Brigitte", "Julien", "Camille", "Étienne"]),
        new("NO", "Europe/Oslo", "nb", "+4791", ["Johansen", "Hansen", "Olsen", "Larsen"], ["Ingrid", "Erik", "Kari", "Lars"]),
        new("SE", "Europe/Stockholm", "sv", "+4670", ["Andersson", "Johansson", "Karlsson", "Nilsson"], ["Lars", "Britt", "Maja", "Anders"]),
        new("PL", "Europe/Warsaw", "pl", "+4860", ["Kowalska", "Nowak", "Wiśniewski", "Wójcik"], ["Anna", "Piotr", "Katarzyna", "Tomasz"]),
        new("US", "America/New_York", "en", "+1212555", ["Carter", "Cohen", "Miller", "Brooks", "Johnson", "Garcia"], ["Emily", "David", "Susan", "Ethan", "Michael", "Jessica"]),
        new("BR", "America/Sao_Paulo", "pt-BR", "+551198", ["Santos", "Silva", "Oliveira", "Souza", "Costa"], ["Maria", "João", "Ana", "Pedro", "Beatriz"]),
        new("CN", "Asia/Shanghai", "zh-CN", "+86138", ["Zhang", "Wang", "Li", "Liu", "Chen"], ["Wei", "Na", "Jing", "Lei", "Fang"], ["张", "王", "李", "刘", "陈"]),
        new("JP", "Asia/Tokyo", "ja", "+8190", ["Sato", "Takahashi", "Nakamura", "Suzuki", "Tanaka"], ["Haruto", "Yui", "Kenji", "Aoi", "Ren"], ["佐藤", "高橋", "中村", "鈴木", "田中"]),
        new("IN", "Asia/Kolkata", "hi", "+9198", ["Sharma", "Mehta", "Patel", "Iyer", "Reddy"], ["Priya", "Arjun", "Ananya", "Rahul", "Kavya"], ["शर्मा", "मेहता", "पटेल", "अय्यर", "रेड्डी"]),
        new("UA", "Europe/Kyiv", "uk", "+38067", ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko"], ["Olena", "Andrii", "Iryna", "Oleksandr"], ["Коваленко", "Шевченко", "Бондаренко", "Ткаченко"]),
    ];

    private static readonly PatientKind[] _kinds =
    [
        PatientKind.MedicalTourist, PatientKind.MedicalTourist, PatientKind.MedicalTourist, PatientKind.MedicalTourist,
        PatientKind.IllOrInjuredTraveler, PatientKind.IllOrInjuredTraveler, PatientKind.IllOrInjuredTraveler,
        PatientKind.ExpatriateOrForeignWorker, PatientKind.ExpatriateOrForeignWorker,
        PatientKind.PensionerOrLongStayVisitor,
    ];

    private readonly Random _random = new(seed);

    /// <summary>The next patient, registered some time in the <paramref name="years"/> before <paramref name="now"/>.</summary>
    public PatientImport Next(long number, DateTimeOffset now, int years)
    {
        var country = _countries[_random.Next(_countries.Length)];
        var family = _random.Next(country.Families.Length);
        var given = country.Givens[_random.Next(country.Givens.Length)];
        var kind = _kinds[_random.Next(_kinds.Length)];
        var born = new DateOnly(1940 + _random.Next(65), 1 + _random.Next(12), 1 + _random.Next(28));
        var identity = new PatientIdentity(
            country.Families[family],
            given,
            country.NativeFamilies?[family],
            null,
            born,
            _random.Next(2) == 0 ? Sex.Female : Sex.Male,
            country.Code,
            $"S{number:D8}",
            new DateOnly(2028 + _random.Next(8), born.Month, born.Day));
        var email = $"patient{number}@example.org";
        var phone = $"{country.Dial}{number % 10_000_000:D7}";
        var contacts = new ContactDetails(email, phone, ContactChannel.Email, null, null, country.TimeZone, null);
        var source = kind switch
        {
            PatientKind.IllOrInjuredTraveler => new Attribution(AttributionChannel.Insurer, null, "Scale Travel Insurance", null),
            PatientKind.ExpatriateOrForeignWorker => new Attribution(AttributionChannel.Employer, null, "Scale Employer", null),
            _ => _random.Next(3) == 0 ? new Attribution(AttributionChannel.Facilitator, null, "Scale Facilitator", null) : new Attribution(AttributionChannel.Web, null, null, "scale"),
        };
        var registration = new RegisterPatient(kind, identity, contacts, country.Language == "en" ? ["en"] : [country.Language, "en"], country.Language != "en" && _random.Next(3) == 0, source);
        var registeredAt = now.AddMinutes(-_random.Next(years * 365 * 24 * 60));
        return new PatientImport(registration, registeredAt);
    }
}
