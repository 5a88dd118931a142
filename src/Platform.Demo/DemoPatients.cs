using Platform.Identity.Contracts;
using Platform.Patients.Contracts;

namespace Platform.Demo;

/// <summary>
/// The demo center's patients: an international patient center in Barcelona, with medical tourists
/// from the Gulf, Russia, Kazakhstan, Nigeria, Morocco, the United States and Brazil, travelers taken
/// ill on holiday, expatriates working in the city and winter residents from the north of Europe.
/// </summary>
internal static class DemoPatients
{
    /// <summary>One demo patient; what is not set is what a real center often does not know yet.</summary>
    internal sealed record Person(
        string Key,
        PatientKind Kind,
        string Family,
        string Given,
        string? NativeFamily,
        string? NativeGiven,
        string Born,
        Sex Sex,
        string Nationality,
        string? Passport,
        string Email,
        string Phone,
        ContactChannel Channel,
        string TimeZone,
        string City,
        string[] Languages,
        AttributionChannel Source,
        string? Referrer,
        int DaysAgo)
    {
        public bool Interpreter { get; init; }

        public CulturalPreferences? Culture { get; init; }

        public RelatedPersonDetails? Companion { get; init; }

        public HomePhysicianDetails? Physician { get; init; }

        public bool Marketing { get; init; }

        public bool Testimonials { get; init; }

        /// <summary>Days after registering that the patient withdraws marketing consent.</summary>
        public int? WithdrawsMarketingAfterDays { get; init; }

        /// <summary>Referred by the demo partner organization, whose agents are granted access.</summary>
        public bool ViaDemoPartner { get; init; }
    }

    private static readonly CulturalPreferences _gulfFamily = new("Prayer times and a prayer space; Ramadan fasting considered when scheduling", Diet.Halal, null, ClinicianGenderPreference.Female, FamilyInvolvement.SharedWithFamily, CommunicationStyle.Gentle, null);
    private static readonly CulturalPreferences _halalMale = new("Prayer times", Diet.Halal, null, ClinicianGenderPreference.Male, FamilyInvolvement.SharedWithFamily, CommunicationStyle.Direct, null);
    private static readonly CulturalPreferences _direct = new(null, Diet.NoRestriction, null, ClinicianGenderPreference.NoPreference, FamilyInvolvement.PatientDecides, CommunicationStyle.Direct, null);
    private static readonly CulturalPreferences _throughFamily = new(null, Diet.Other, "Low salt; soft food", ClinicianGenderPreference.NoPreference, FamilyInvolvement.FamilyDecides, CommunicationStyle.ThroughFamily, "Eldest son speaks for the family");
    private static readonly CulturalPreferences _kosher = new("Shabbat observed: no elective procedures Friday evening to Saturday evening", Diet.Kosher, null, ClinicianGenderPreference.NoPreference, FamilyInvolvement.SharedWithFamily, CommunicationStyle.Direct, null);
    private static readonly CulturalPreferences _vegetarian = new(null, Diet.Vegetarian, "No eggs", ClinicianGenderPreference.Female, FamilyInvolvement.SharedWithFamily, CommunicationStyle.Gentle, null);

    public static IReadOnlyList<Person> All { get; } =
    [
        // Medical tourists: planned care, often with a facilitator and a companion.
        new("maria-santos", PatientKind.MedicalTourist, "Santos", "Maria", null, null, "1968-05-14", Sex.Female, "BR", "FZ482913", "maria.santos@example.com.br", "+5511987654321", ContactChannel.WhatsApp, "America/Sao_Paulo", "São Paulo", ["pt-BR", "en"], AttributionChannel.Web, null, 64)
        {
            Companion = new("João Santos", Relationship.Spouse, "+5511987654322", null, true, true, true),
            Physician = new("Dr. Ana Ribeiro", "Clínica Ortopédica Paulista", "BR", "+551130456789", "ana.ribeiro@example.com.br"),
            Marketing = true,
            Testimonials = true,
        },
        new("fatima-almansouri", PatientKind.MedicalTourist, "Al Mansouri", "Fatima", "المنصوري", "فاطمة", "1979-11-02", Sex.Female, "AE", "P8834125", "fatima.almansouri@example.ae", "+971501234567", ContactChannel.WhatsApp, "Asia/Dubai", "Dubai", ["ar", "en"], AttributionChannel.Facilitator, "Gulf Health Travel", 212)
        {
            Culture = _gulfFamily,
            Companion = new("Hessa Al Mansouri", Relationship.Sibling, "+971501234568", null, true, false, true),
            Physician = new("Dr. Khalid Rahman", "Mediclinic City Hospital", "AE", "+97144359999", null),
            Marketing = true,
        },
        new("abdullah-alqahtani", PatientKind.MedicalTourist, "Al Qahtani", "Abdullah", "القحطاني", "عبدالله", "1961-02-19", Sex.Male, "SA", "X3301276", "a.alqahtani@example.sa", "+966555123456", ContactChannel.Phone, "Asia/Riyadh", "Riyadh", ["ar"], AttributionChannel.Insurer, "Tawuniya", 140)
        {
            Interpreter = true,
            Culture = _halalMale,
            Companion = new("Faisal Al Qahtani", Relationship.Child, "+966555123457", "faisal.q@example.sa", true, true, true),
            Physician = new("Dr. Saad Al Harbi", "King Fahad Medical City", "SA", null, null),
        },
        new("noura-alsabah", PatientKind.MedicalTourist, "Al Sabah", "Noura", "الصباح", "نورة", "1985-07-30", Sex.Female, "KW", "K0921457", "noura.alsabah@example.kw", "+96560012345", ContactChannel.WhatsApp, "Asia/Kuwait", "Kuwait City", ["ar", "en"], AttributionChannel.Facilitator, "Gulf Health Travel", 96)
        {
            Culture = _gulfFamily,
            Companion = new("Mariam Al Sabah", Relationship.Parent, null, null, true, false, false),
        },
        new("hamad-althani", PatientKind.MedicalTourist, "Al Thani", "Hamad", "آل ثاني", "حمد", "1957-12-08", Sex.Male, "QA", "Q1178402", "hamad.althani@example.qa", "+97455123456", ContactChannel.Phone, "Asia/Qatar", "Doha", ["ar", "en"], AttributionChannel.Direct, null, 33)
        {
            Culture = _halalMale,
            Physician = new("Dr. Yousef Al Emadi", "Hamad General Hospital", "QA", null, null),
        },
        new("salim-albusaidi", PatientKind.MedicalTourist, "Al Busaidi", "Salim", "البوسعيدي", "سالم", "1972-04-11", Sex.Male, "OM", "O7732615", "salim.busaidi@example.om", "+96899123456", ContactChannel.Email, "Asia/Muscat", "Muscat", ["ar", "en"], AttributionChannel.Insurer, "Dhofar Insurance", 18)
        {
            Culture = _halalMale,
        },
        new("irina-volkova", PatientKind.MedicalTourist, "Volkova", "Irina", "Волкова", "Ирина", "1975-09-23", Sex.Female, "RU", "751234567", "irina.volkova@example.ru", "+79161234567", ContactChannel.WhatsApp, "Europe/Moscow", "Moscow", ["ru"], AttributionChannel.Facilitator, "MedTour Moscow", 175)
        {
            Interpreter = true,
            Culture = _direct,
            Companion = new("Pavel Volkov", Relationship.Spouse, "+79161234568", null, true, true, true),
            Marketing = true,
            WithdrawsMarketingAfterDays = 90,
        },
        new("aidana-nurlanovna", PatientKind.MedicalTourist, "Nurlanovna", "Aidana", "Нурлановна", "Айдана", "1990-01-17", Sex.Female, "KZ", "N12873450", "aidana.n@example.kz", "+77011234567", ContactChannel.WhatsApp, "Asia/Almaty", "Almaty", ["kk", "ru"], AttributionChannel.Web, null, 120)
        {
            Interpreter = true,
            Culture = _vegetarian,
            Marketing = true,
        },
        new("chukwuemeka-okonkwo", PatientKind.MedicalTourist, "Okonkwo", "Chukwuemeka", null, null, "1966-06-05", Sex.Male, "NG", "A09387214", "emeka.okonkwo@example.ng", "+2348031234567", ContactChannel.WhatsApp, "Africa/Lagos", "Lagos", ["en"], AttributionChannel.Facilitator, "Afrimed Connect", 58)
        {
            Companion = new("Ngozi Okonkwo", Relationship.Spouse, "+2348031234568", "ngozi.okonkwo@example.ng", true, true, true),
            Physician = new("Dr. Funmilayo Adeyemi", "Reddington Hospital", "NG", "+2341271234", null),
        },
        new("adaeze-eze", PatientKind.MedicalTourist, "Eze", "Adaeze", null, null, "1987-10-12", Sex.Female, "NG", "A11764098", "adaeze.eze@example.ng", "+2348091234567", ContactChannel.Email, "Africa/Lagos", "Abuja", ["en", "ig"], AttributionChannel.Web, null, 8)
        {
            Testimonials = true,
            Marketing = true,
        },
        new("youssef-benali", PatientKind.MedicalTourist, "Benali", "Youssef", "بن علي", "يوسف", "1959-03-27", Sex.Male, "MA", "BK482917", "youssef.benali@example.ma", "+212661234567", ContactChannel.Phone, "Africa/Casablanca", "Casablanca", ["ar", "fr"], AttributionChannel.Direct, null, 150)
        {
            Culture = _halalMale,
            Companion = new("Karim Benali", Relationship.Child, "+212661234568", null, true, true, true),
        },
        new("emily-carter", PatientKind.MedicalTourist, "Carter", "Emily", null, null, "1983-08-09", Sex.Female, "US", "567812345", "emily.carter@example.com", "+14155550142", ContactChannel.Email, "America/Los_Angeles", "San Francisco", ["en"], AttributionChannel.Employer, "Northwind Systems", 75)
        {
            Culture = _direct,
            Physician = new("Dr. Rachel Kim", "Bay Area Fertility Partners", "US", "+14155550199", null),
            Marketing = true,
        },
        new("david-cohen", PatientKind.MedicalTourist, "Cohen", "David", null, null, "1954-11-30", Sex.Male, "US", "488231907", "david.cohen@example.com", "+12125550187", ContactChannel.Phone, "America/New_York", "New York", ["en", "he"], AttributionChannel.Direct, null, 12)
        {
            Culture = _kosher,
        },
        new("haruto-sato", PatientKind.MedicalTourist, "Sato", "Haruto", "佐藤", "陽翔", "1970-02-03", Sex.Male, "JP", "TK4410982", "haruto.sato@example.jp", "+819012345678", ContactChannel.Email, "Asia/Tokyo", "Tokyo", ["ja"], AttributionChannel.Facilitator, "Sakura Medical Travel", 27)
        {
            Interpreter = true,
            Culture = _direct,
            ViaDemoPartner = true,
        },
        new("yui-takahashi", PatientKind.MedicalTourist, "Takahashi", "Yui", "高橋", "結衣", "1988-06-21", Sex.Female, "JP", "TR7765021", "yui.takahashi@example.jp", "+818012345678", ContactChannel.Email, "Asia/Tokyo", "Osaka", ["ja", "en"], AttributionChannel.Facilitator, "Sakura Medical Travel", 1)
        {
            Culture = _vegetarian,
            ViaDemoPartner = true,
        },
        new("wei-zhang", PatientKind.MedicalTourist, "Zhang", "Wei", "张", "伟", "1964-09-15", Sex.Male, "CN", "E48213097", "wei.zhang@example.cn", "+8613812345678", ContactChannel.WhatsApp, "Asia/Shanghai", "Shanghai", ["zh-CN"], AttributionChannel.Facilitator, "Sakura Medical Travel", 200)
        {
            Interpreter = true,
            Culture = _throughFamily,
            Companion = new("Zhang Min", Relationship.Child, "+8613812345679", "min.zhang@example.cn", true, true, true),
            ViaDemoPartner = true,
        },

        // Travelers taken ill or injured: unplanned, urgent, usually with a travel insurer.
        new("thomas-mueller", PatientKind.IllOrInjuredTraveler, "Müller", "Thomas", null, null, "1971-04-08", Sex.Male, "DE", "C01X00T47", "thomas.mueller@example.de", "+4915112345678", ContactChannel.Phone, "Europe/Berlin", "Munich", ["de", "en"], AttributionChannel.Insurer, "Allianz Travel", 6)
        {
            Companion = new("Sabine Müller", Relationship.Spouse, "+4915112345679", null, true, true, true),
            Physician = new("Dr. Klaus Weber", "Hausarztpraxis Schwabing", "DE", "+49891234567", null),
        },
        new("lena-schneider", PatientKind.IllOrInjuredTraveler, "Schneider", "Lena", null, null, "1996-12-01", Sex.Female, "DE", "C4J8L2M71", "lena.schneider@example.de", "+4917612345678", ContactChannel.WhatsApp, "Europe/Berlin", "Hamburg", ["de", "en"], AttributionChannel.Insurer, "Allianz Travel", 2),
        new("oliver-bennett", PatientKind.IllOrInjuredTraveler, "Bennett", "Oliver", null, null, "1948-07-19", Sex.Male, "GB", "533812976", "oliver.bennett@example.co.uk", "+447700900123", ContactChannel.Phone, "Europe/London", "Leeds", ["en"], AttributionChannel.Insurer, "Aviva Travel", 11)
        {
            Companion = new("Margaret Bennett", Relationship.Spouse, "+447700900124", null, true, true, true),
            Physician = new("Dr. Helen Shaw", "Headingley Medical Practice", "GB", "+441132345678", null),
        },
        new("chloe-walsh", PatientKind.IllOrInjuredTraveler, "Walsh", "Chloe", null, null, "2001-03-25", Sex.Female, "IE", "PA1234567", "chloe.walsh@example.ie", "+353871234567", ContactChannel.WhatsApp, "Europe/Dublin", "Cork", ["en", "ga"], AttributionChannel.Insurer, "VHI Travel", 4),
        new("daan-devries", PatientKind.IllOrInjuredTraveler, "de Vries", "Daan", null, null, "1979-05-16", Sex.Male, "NL", "NX8R42K17", "daan.devries@example.nl", "+31612345678", ContactChannel.Phone, "Europe/Amsterdam", "Utrecht", ["nl", "en"], AttributionChannel.Insurer, "Eurocross Assistance", 22),
        new("james-whitaker", PatientKind.IllOrInjuredTraveler, "Whitaker", "James", null, null, "1992-10-04", Sex.Male, "US", "590123884", "james.whitaker@example.com", "+13125550163", ContactChannel.Sms, "America/Chicago", "Chicago", ["en"], AttributionChannel.Insurer, "GeoBlue", 1),
        new("sophie-laurent", PatientKind.IllOrInjuredTraveler, "Laurent", "Sophie", null, null, "1985-01-29", Sex.Female, "FR", "19AB54321", "sophie.laurent@example.fr", "+33612345678", ContactChannel.Sms, "Europe/Paris", "Lyon", ["fr", "en"], AttributionChannel.Insurer, "Europ Assistance", 37),
        new("mikhail-petrov", PatientKind.IllOrInjuredTraveler, "Petrov", "Mikhail", "Петров", "Михаил", "1963-08-13", Sex.Male, "RU", "760987123", "m.petrov@example.ru", "+79031234567", ContactChannel.Phone, "Europe/Moscow", "Saint Petersburg", ["ru"], AttributionChannel.Direct, null, 48)
        {
            Interpreter = true,
        },
        new("ana-kowalska", PatientKind.IllOrInjuredTraveler, "Kowalska", "Anna", null, null, "1998-11-07", Sex.Female, "PL", "EB1234567", "anna.kowalska@example.pl", "+48601234567", ContactChannel.WhatsApp, "Europe/Warsaw", "Kraków", ["pl", "en"], AttributionChannel.Insurer, "Europ Assistance", 8),
        new("kenji-nakamura", PatientKind.IllOrInjuredTraveler, "Nakamura", "Kenji", "中村", "健二", "1955-03-02", Sex.Male, "JP", "TZ1187734", "kenji.nakamura@example.jp", "+819098765432", ContactChannel.Phone, "Asia/Tokyo", "Nagoya", ["ja"], AttributionChannel.Facilitator, "Sakura Medical Travel", 3)
        {
            Interpreter = true,
            Companion = new("Nakamura Yoko", Relationship.Spouse, "+819098765433", null, true, true, true),
            ViaDemoPartner = true,
        },

        // Expatriates and foreign workers: recurring care, employer and international plans.
        new("priya-sharma", PatientKind.ExpatriateOrForeignWorker, "Sharma", "Priya", "शर्मा", "प्रिया", "1989-02-14", Sex.Female, "IN", "Z4821937", "priya.sharma@example.in", "+34612345678", ContactChannel.Portal, "Europe/Madrid", "Barcelona", ["en", "hi"], AttributionChannel.Employer, "Northwind Systems", 260)
        {
            Culture = _vegetarian,
            Marketing = true,
        },
        new("arjun-mehta", PatientKind.ExpatriateOrForeignWorker, "Mehta", "Arjun", "मेहता", "अर्जुन", "1984-12-22", Sex.Male, "IN", "Z7710245", "arjun.mehta@example.in", "+34622345678", ContactChannel.Email, "Europe/Madrid", "Barcelona", ["en", "hi", "gu"], AttributionChannel.Employer, "Northwind Systems", 190),
        new("li-na", PatientKind.ExpatriateOrForeignWorker, "Li", "Na", "李", "娜", "1991-05-05", Sex.Female, "CN", "E77120945", "li.na@example.cn", "+34632345678", ContactChannel.WhatsApp, "Europe/Madrid", "Barcelona", ["zh-CN", "en", "es"], AttributionChannel.Employer, "Contoso Logistics", 150),
        new("james-oconnor", PatientKind.ExpatriateOrForeignWorker, "O'Connor", "James", null, null, "1977-07-27", Sex.Male, "IE", "PB7654321", "james.oconnor@example.ie", "+34642345678", ContactChannel.Email, "Europe/Madrid", "Sitges", ["en", "es"], AttributionChannel.Insurer, "Cigna Global", 300)
        {
            Culture = _direct,
        },
        new("olena-kovalenko", PatientKind.ExpatriateOrForeignWorker, "Kovalenko", "Olena", "Коваленко", "Олена", "1986-04-18", Sex.Female, "UA", "FK123456", "olena.kovalenko@example.com.ua", "+34652345678", ContactChannel.WhatsApp, "Europe/Madrid", "Barcelona", ["uk", "ru", "es"], AttributionChannel.Direct, null, 110),
        new("samuel-adeyemi", PatientKind.ExpatriateOrForeignWorker, "Adeyemi", "Samuel", null, null, "1993-09-09", Sex.Male, "NG", "A12098744", "samuel.adeyemi@example.ng", "+34662345678", ContactChannel.WhatsApp, "Europe/Madrid", "L'Hospitalet de Llobregat", ["en", "yo"], AttributionChannel.Employer, "Contoso Logistics", 45),
        new("hannah-becker", PatientKind.ExpatriateOrForeignWorker, "Becker", "Hannah", null, null, "1982-03-03", Sex.Female, "DE", "C7K2P9X14", "hannah.becker@example.de", "+34672345678", ContactChannel.Portal, "Europe/Madrid", "Barcelona", ["de", "en", "es"], AttributionChannel.Insurer, "Allianz Care", 230)
        {
            Testimonials = true,
            Marketing = true,
        },
        new("omar-haddad", PatientKind.ExpatriateOrForeignWorker, "Haddad", "Omar", "حداد", "عمر", "1980-10-10", Sex.Male, "AE", "P2219834", "omar.haddad@example.ae", "+34682345678", ContactChannel.Phone, "Europe/Madrid", "Barcelona", ["ar", "en", "fr"], AttributionChannel.Employer, "Gulf Aviation Services", 2)
        {
            Culture = _halalMale,
        },
        new("ethan-brooks", PatientKind.ExpatriateOrForeignWorker, "Brooks", "Ethan", null, null, "1995-06-30", Sex.Male, "US", "601238745", "ethan.brooks@example.com", "+34692345678", ContactChannel.Sms, "Europe/Madrid", "Barcelona", ["en"], AttributionChannel.Web, null, 70),

        // Pensioners and long-stay visitors: winter residents with chronic care and check-ups.
        new("margaret-hughes", PatientKind.PensionerOrLongStayVisitor, "Hughes", "Margaret", null, null, "1949-01-12", Sex.Female, "GB", "521098734", "margaret.hughes@example.co.uk", "+447700900456", ContactChannel.Phone, "Europe/London", "Bristol", ["en"], AttributionChannel.Direct, null, 280)
        {
            Companion = new("Peter Hughes", Relationship.Spouse, "+447700900457", null, true, true, true),
            Physician = new("Dr. Alan Morris", "Clifton Village Surgery", "GB", "+441179731234", null),
            Marketing = true,
        },
        new("robert-evans", PatientKind.PensionerOrLongStayVisitor, "Evans", "Robert", null, null, "1946-09-01", Sex.Male, "GB", "509812364", "robert.evans@example.co.uk", "+447700900789", ContactChannel.Email, "Europe/London", "Cardiff", ["en", "cy"], AttributionChannel.Web, null, 160)
        {
            Physician = new("Dr. Gareth Jones", "Llandaff Medical Centre", "GB", null, null),
        },
        new("ingrid-johansen", PatientKind.PensionerOrLongStayVisitor, "Johansen", "Ingrid", null, null, "1951-05-17", Sex.Female, "NO", "NO1234567", "ingrid.johansen@example.no", "+4791234567", ContactChannel.Email, "Europe/Oslo", "Bergen", ["nb", "en"], AttributionChannel.Direct, null, 95)
        {
            Physician = new("Dr. Erik Solberg", "Bergen Legesenter", "NO", "+4755123456", null),
            Marketing = true,
            Testimonials = true,
        },
        new("lars-andersson", PatientKind.PensionerOrLongStayVisitor, "Andersson", "Lars", null, null, "1944-12-24", Sex.Male, "SE", "SE9876543", "lars.andersson@example.se", "+46701234567", ContactChannel.Phone, "Europe/Stockholm", "Gothenburg", ["sv", "en"], AttributionChannel.Insurer, "Folksam", 55)
        {
            Companion = new("Britt Andersson", Relationship.Spouse, "+46701234568", null, true, true, true),
        },
        new("gerda-vandenberg", PatientKind.PensionerOrLongStayVisitor, "van den Berg", "Gerda", null, null, "1950-02-28", Sex.Female, "NL", "NP4K81M20", "gerda.vandenberg@example.nl", "+31687654321", ContactChannel.Phone, "Europe/Amsterdam", "Rotterdam", ["nl", "de", "en"], AttributionChannel.Direct, null, 130),
        new("wolfgang-schmidt", PatientKind.PensionerOrLongStayVisitor, "Schmidt", "Wolfgang", null, null, "1942-06-06", Sex.Male, "DE", "C2M7T4R91", "w.schmidt@example.de", "+4917098765432", ContactChannel.Phone, "Europe/Berlin", "Düsseldorf", ["de"], AttributionChannel.Insurer, "Techniker Krankenkasse", 20)
        {
            Interpreter = true,
            Companion = new("Ursula Schmidt", Relationship.Spouse, "+4917098765433", null, true, true, true),
            Physician = new("Dr. Monika Braun", "Praxis am Rhein", "DE", "+492111234567", null),
        },
        new("brigitte-moreau", PatientKind.PensionerOrLongStayVisitor, "Moreau", "Brigitte", null, null, "1953-10-19", Sex.Female, "FR", "18CD98765", "brigitte.moreau@example.fr", "+33687654321", ContactChannel.Email, "Europe/Paris", "Lille", ["fr"], AttributionChannel.Direct, null, 85)
        {
            Interpreter = true,
        },
        new("patrick-murphy", PatientKind.PensionerOrLongStayVisitor, "Murphy", "Patrick", null, null, "1947-03-17", Sex.Male, "IE", "PC2468135", "patrick.murphy@example.ie", "+353861234567", ContactChannel.Phone, "Europe/Dublin", "Galway", ["en"], AttributionChannel.Direct, null, 240)
        {
            Marketing = true,
            WithdrawsMarketingAfterDays = 120,
        },
        new("susan-miller", PatientKind.PensionerOrLongStayVisitor, "Miller", "Susan", null, null, "1952-08-25", Sex.Female, "US", "477612398", "susan.miller@example.com", "+16175550134", ContactChannel.Email, "America/New_York", "Boston", ["en"], AttributionChannel.Web, null, 29),
    ];

    /// <summary>Every patient's story as timed steps; the demo patient's record gets the id the demo login is bound to.</summary>
    public static IEnumerable<DemoStep> Stories(DemoCast cast, DateTimeOffset now)
    {
        foreach (var person in All)
        {
            foreach (var step in Story(person, person.Key == "maria-santos" ? cast.DemoPatientId : null, RegisteredAt(person, now), now, cast))
            {
                yield return step;
            }
        }
    }

    /// <summary>When the patient registered: <see cref="Person.DaysAgo"/> days before now, in the center's working day.</summary>
    public static DateTimeOffset RegisteredAt(Person person, DateTimeOffset now)
    {
        var at = new DateTimeOffset(now.Date.AddDays(-person.DaysAgo).AddHours(8 + (StableNumber(person.Key) % 9)).AddMinutes(person.Key.Length * 3), TimeSpan.Zero);
        return at < now ? at : now.AddHours(-2);
    }

    private static IEnumerable<DemoStep> Story(Person person, Guid? id, DateTimeOffset registered, DateTimeOffset now, DemoCast cast)
    {
        var staff = person.Kind == PatientKind.IllOrInjuredTraveler ? cast.CaseManager : cast.Coordinator;
        var key = person.Key;
        yield return new DemoStep(registered, staff, async (mediator, state, ct) =>
        {
            var result = await mediator.Send(Registration(person, id, cast.PartnerOrganizationId), ct);
            state.Keep(key, result.Patient);
        });

        var later = registered;
        DateTimeOffset Next(TimeSpan after)
        {
            later = later.Add(after);
            return later < now ? later : now.AddSeconds(-1);
        }

        if (person.Culture is { } culture)
        {
            yield return Change(Next(TimeSpan.FromMinutes(6)), staff, key, (p, v) => new SetCulturalPreferences(p, v, culture));
        }

        if (person.Companion is { } companion)
        {
            yield return Change(Next(TimeSpan.FromMinutes(4)), staff, key, (p, v) => new AddRelatedPerson(p, v, companion));
        }

        yield return Change(Next(TimeSpan.FromMinutes(20)), staff, key, (p, v) => Consent(p, v, ConsentKind.TreatmentDataSharing, ConsentDecision.Granted, ConsentChannel.SignedForm));
        yield return Change(Next(TimeSpan.FromMinutes(1)), staff, key, (p, v) => Consent(p, v, ConsentKind.CrossBorderTransfer, ConsentDecision.Granted, ConsentChannel.SignedForm));
        if (person.Marketing)
        {
            yield return Change(Next(TimeSpan.FromMinutes(1)), staff, key, (p, v) => Consent(p, v, ConsentKind.Marketing, ConsentDecision.Granted, ConsentChannel.SignedForm));
        }

        if (person.Physician is { } physician)
        {
            yield return Change(Next(TimeSpan.FromDays(1)), staff, key, (p, v) => new SetHomePhysician(p, v, physician));
        }

        if (person.ViaDemoPartner)
        {
            yield return new DemoStep(Next(TimeSpan.FromMinutes(15)), cast.Coordinator, async (mediator, state, ct) =>
                await mediator.Send(new GrantPartnerAccess(state.Patient(key).Id, cast.PartnerOrganizationId, "Referral by Sakura Medical Travel: travel and care coordination", null), ct));
        }

        if (person.Testimonials)
        {
            // Asked at the end of care, when the patient is glad to tell their story.
            yield return Change(Next(TimeSpan.FromDays(Math.Max(1, person.DaysAgo / 2))), staff, key, (p, v) => Consent(p, v, ConsentKind.Testimonials, ConsentDecision.Granted, ConsentChannel.Email));
        }

        if (person.WithdrawsMarketingAfterDays is { } days && days < person.DaysAgo)
        {
            yield return Change(registered.AddDays(days), cast.CaseManager, key, (p, v) => Consent(p, v, ConsentKind.Marketing, ConsentDecision.Withdrawn, ConsentChannel.Phone) with { Note = "Asked by phone to receive no more offers" });
        }
    }

    private static RegisterPatient Registration(Person person, Guid? id, Guid demoPartner)
    {
        var born = DateOnly.Parse(person.Born, System.Globalization.CultureInfo.InvariantCulture);
        var identity = new PatientIdentity(
            person.Family,
            person.Given,
            person.NativeFamily,
            person.NativeGiven,
            born,
            person.Sex,
            person.Nationality,
            person.Passport,
            person.Passport is null ? null : new DateOnly(2029 + (born.Day % 6), born.Month, Math.Min(born.Day, 28)));
        var home = person.TimeZone == "Europe/Madrid" ? "ES" : person.Nationality;
        var contacts = new ContactDetails(
            person.Email,
            person.Phone,
            person.Channel,
            new TimeOnly(9, 0),
            new TimeOnly(19, 0),
            person.TimeZone,
            new PostalAddress([$"{10 + (person.Key.Length * 7 % 90)} {StreetOf(home)}"], person.City, null, home));
        return new RegisterPatient(
            person.Kind,
            identity,
            contacts,
            person.Languages,
            person.Interpreter,
            new Attribution(person.Source, person.ViaDemoPartner ? demoPartner : null, person.Referrer, person.Source == AttributionChannel.Web ? "search-2026" : null),
            id);
    }

    /// <summary>A number from the key that is the same on every run (string hash codes are not).</summary>
    private static int StableNumber(string key) => key.Sum(c => c);

    private static string StreetOf(string country) => country switch
    {
        "ES" => "Carrer de Mallorca",
        "GB" or "IE" or "US" => "High Street",
        "DE" => "Hauptstraße",
        "FR" => "Rue de la République",
        "NL" => "Kerkstraat",
        _ => "Main Street",
    };

    private static RecordConsent Consent(Guid patient, long version, ConsentKind kind, ConsentDecision decision, ConsentChannel channel) =>
        new(patient, version, kind, decision, channel, null, null);

    private static DemoStep Change(DateTimeOffset at, System.Security.Claims.ClaimsPrincipal actor, string key, Func<Guid, long, MediatR.IRequest<PatientDto>> change) =>
        new(at, actor, async (mediator, state, ct) =>
        {
            var patient = state.Patient(key);
            state.Keep(key, await mediator.Send(change(patient.Id, patient.Version), ct));
        });
}
