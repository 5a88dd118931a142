using System.Globalization;

namespace Platform.Records.Passport;

/// <summary>
/// The words of the health passport and the hand-back letter, in the languages the center prints
/// them in. A language without labels falls back to English, and the page names the language it
/// could not use. Right-to-left languages are marked so the page sets <c>dir="rtl"</c>.
/// </summary>
internal sealed class PassportLabels
{
    public const string English = "en";

    private static readonly string[] _keys =
    [
        "title", "subtitle", "generated", "identity", "name", "nativeName", "dateOfBirth", "sex", "nationality", "passportNumber", "passportExpiry",
        "preferredLanguage", "emergencyContacts", "relationship", "phone", "email", "homePhysician", "documents", "documentType", "documentTitle",
        "version", "file", "diagnoses", "code", "description", "status", "notedOn", "medications", "medicine", "dose", "route", "frequency",
        "started", "stopped", "allergies", "substance", "reaction", "severity", "appointments", "when", "what", "where", "followUp", "due",
        "noneRecorded", "Active", "Resolved", "Mild", "Moderate", "Severe", "LifeThreatening", "InvitationLetter", "AppointmentLetter",
        "DischargeSummary", "HandBackLetter", "telehealth", "letterTitle", "letterGreeting", "letterIntro", "stay", "admitted", "discharged",
        "dischargeSummary", "followUpPlan", "letterClosing",
    ];

    private static readonly Dictionary<string, string[]> _translations = new(StringComparer.Ordinal)
    {
        [English] =
        [
            "Health passport", "Carry this document with you when you travel", "Generated on", "Identity", "Name", "Name in native script", "Date of birth", "Sex", "Nationality", "Passport number", "Passport expiry",
            "Preferred language", "Emergency contacts", "Relationship", "Phone", "Email", "Home physician", "Travel and medical letters", "Type", "Title",
            "Version", "File", "Diagnoses", "Code", "Description", "Status", "Noted on", "Medications", "Medicine", "Dose", "Route", "Frequency",
            "Started", "Stopped", "Allergies", "Substance", "Reaction", "Severity", "Appointments", "When", "What", "Where / with", "Follow-up plan", "Due",
            "None recorded", "Active", "Resolved", "Mild", "Moderate", "Severe", "Life-threatening", "Invitation letter", "Appointment letter",
            "Discharge summary", "Hand-back letter", "Telehealth", "Hand-back letter to the home physician", "Dear colleague,", "Your patient was treated at our center and has been discharged to your care. This letter summarises the stay and what follows.", "Stay", "Admitted", "Discharged",
            "Discharge summary", "Follow-up plan", "With kind regards, the care team",
        ],
        ["es"] =
        [
            "Pasaporte de salud", "Lleve este documento consigo cuando viaje", "Generado el", "Identidad", "Nombre", "Nombre en escritura nativa", "Fecha de nacimiento", "Sexo", "Nacionalidad", "Número de pasaporte", "Caducidad del pasaporte",
            "Idioma preferido", "Contactos de emergencia", "Parentesco", "Teléfono", "Correo electrónico", "Médico de cabecera", "Cartas de viaje y médicas", "Tipo", "Título",
            "Versión", "Archivo", "Diagnósticos", "Código", "Descripción", "Estado", "Registrado el", "Medicamentos", "Medicamento", "Dosis", "Vía", "Frecuencia",
            "Inicio", "Fin", "Alergias", "Sustancia", "Reacción", "Gravedad", "Citas", "Cuándo", "Qué", "Dónde / con", "Plan de seguimiento", "Fecha prevista",
            "Nada registrado", "Activo", "Resuelto", "Leve", "Moderada", "Grave", "Potencialmente mortal", "Carta de invitación", "Carta de citas",
            "Informe de alta", "Carta de traspaso", "Telemedicina", "Carta de traspaso al médico de cabecera", "Estimado colega:", "Su paciente fue tratado en nuestro centro y ha sido dado de alta a su cuidado. Esta carta resume la estancia y los pasos siguientes.", "Estancia", "Ingreso", "Alta",
            "Informe de alta", "Plan de seguimiento", "Atentamente, el equipo asistencial",
        ],
        ["de"] =
        [
            "Gesundheitspass", "Führen Sie dieses Dokument auf Reisen mit sich", "Erstellt am", "Identität", "Name", "Name in Originalschrift", "Geburtsdatum", "Geschlecht", "Staatsangehörigkeit", "Reisepassnummer", "Pass gültig bis",
            "Bevorzugte Sprache", "Notfallkontakte", "Beziehung", "Telefon", "E-Mail", "Hausarzt", "Reise- und Arztbriefe", "Art", "Titel",
            "Version", "Datei", "Diagnosen", "Code", "Beschreibung", "Status", "Erfasst am", "Medikamente", "Medikament", "Dosis", "Verabreichung", "Häufigkeit",
            "Beginn", "Ende", "Allergien", "Substanz", "Reaktion", "Schweregrad", "Termine", "Wann", "Was", "Wo / bei wem", "Nachsorgeplan", "Fällig",
            "Nichts erfasst", "Aktiv", "Abgeklungen", "Leicht", "Mittel", "Schwer", "Lebensbedrohlich", "Einladungsschreiben", "Terminbestätigung",
            "Entlassungsbericht", "Überleitungsbrief", "Telemedizin", "Überleitungsbrief an den Hausarzt", "Sehr geehrte Kollegin, sehr geehrter Kollege,", "Ihr Patient wurde in unserem Zentrum behandelt und in Ihre Betreuung entlassen. Dieser Brief fasst den Aufenthalt und das weitere Vorgehen zusammen.", "Aufenthalt", "Aufnahme", "Entlassung",
            "Entlassungsbericht", "Nachsorgeplan", "Mit freundlichen Grüßen, das Behandlungsteam",
        ],
        ["fr"] =
        [
            "Passeport santé", "Gardez ce document sur vous lorsque vous voyagez", "Établi le", "Identité", "Nom", "Nom en écriture d'origine", "Date de naissance", "Sexe", "Nationalité", "Numéro de passeport", "Expiration du passeport",
            "Langue préférée", "Contacts d'urgence", "Lien", "Téléphone", "Courriel", "Médecin traitant", "Lettres de voyage et médicales", "Type", "Titre",
            "Version", "Fichier", "Diagnostics", "Code", "Description", "Statut", "Noté le", "Médicaments", "Médicament", "Dose", "Voie", "Fréquence",
            "Début", "Arrêt", "Allergies", "Substance", "Réaction", "Gravité", "Rendez-vous", "Quand", "Quoi", "Où / avec", "Plan de suivi", "Échéance",
            "Rien d'enregistré", "Actif", "Résolu", "Légère", "Modérée", "Sévère", "Potentiellement mortelle", "Lettre d'invitation", "Lettre de rendez-vous",
            "Compte rendu de sortie", "Lettre de transmission", "Téléconsultation", "Lettre de transmission au médecin traitant", "Chère consœur, cher confrère,", "Votre patient a été soigné dans notre centre et vous est confié à sa sortie. Cette lettre résume le séjour et la suite de la prise en charge.", "Séjour", "Admission", "Sortie",
            "Compte rendu de sortie", "Plan de suivi", "Bien confraternellement, l'équipe soignante",
        ],
        ["ar"] =
        [
            "جواز السفر الصحي", "احمل هذه الوثيقة معك عند السفر", "تاريخ الإصدار", "الهوية", "الاسم", "الاسم بالخط الأصلي", "تاريخ الميلاد", "الجنس", "الجنسية", "رقم جواز السفر", "تاريخ انتهاء جواز السفر",
            "اللغة المفضلة", "جهات الاتصال في حالات الطوارئ", "صلة القرابة", "الهاتف", "البريد الإلكتروني", "طبيب الأسرة", "خطابات السفر والخطابات الطبية", "النوع", "العنوان",
            "الإصدار", "الملف", "التشخيصات", "الرمز", "الوصف", "الحالة", "تاريخ التسجيل", "الأدوية", "الدواء", "الجرعة", "طريقة الإعطاء", "عدد المرات",
            "البدء", "الإيقاف", "الحساسية", "المادة", "رد الفعل", "الشدة", "المواعيد", "متى", "ماذا", "أين / مع من", "خطة المتابعة", "الموعد المحدد",
            "لا يوجد شيء مسجل", "نشط", "تم الشفاء", "خفيفة", "متوسطة", "شديدة", "مهددة للحياة", "خطاب دعوة", "خطاب مواعيد",
            "ملخص الخروج", "خطاب التسليم", "الرعاية عن بعد", "خطاب التسليم إلى طبيب الأسرة", "الزميل العزيز،", "تلقى مريضكم العلاج في مركزنا وخرج إلى رعايتكم. يلخص هذا الخطاب فترة الإقامة والخطوات التالية.", "الإقامة", "الدخول", "الخروج",
            "ملخص الخروج", "خطة المتابعة", "مع أطيب التحيات، فريق الرعاية",
        ],
        ["ru"] =
        [
            "Паспорт здоровья", "Берите этот документ с собой в поездки", "Составлен", "Личные данные", "Имя", "Имя на родном языке", "Дата рождения", "Пол", "Гражданство", "Номер паспорта", "Срок действия паспорта",
            "Предпочитаемый язык", "Контакты для экстренной связи", "Степень родства", "Телефон", "Электронная почта", "Лечащий врач", "Проездные и медицинские письма", "Тип", "Название",
            "Версия", "Файл", "Диагнозы", "Код", "Описание", "Статус", "Дата записи", "Лекарства", "Препарат", "Доза", "Способ приёма", "Частота",
            "Начало", "Окончание", "Аллергии", "Вещество", "Реакция", "Тяжесть", "Приёмы", "Когда", "Что", "Где / у кого", "План наблюдения", "Срок",
            "Ничего не записано", "Активный", "Разрешён", "Лёгкая", "Умеренная", "Тяжёлая", "Угрожающая жизни", "Письмо-приглашение", "Письмо о приёмах",
            "Выписной эпикриз", "Письмо о передаче пациента", "Телемедицина", "Письмо лечащему врачу о передаче пациента", "Уважаемый коллега!", "Ваш пациент прошёл лечение в нашем центре и выписан под ваше наблюдение. В этом письме кратко изложены пребывание и дальнейшие шаги.", "Пребывание", "Поступление", "Выписка",
            "Выписной эпикриз", "План наблюдения", "С уважением, лечащая команда",
        ],
    };

    private static readonly HashSet<string> _rightToLeft = new(StringComparer.Ordinal) { "ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "ug", "sd" };

    private readonly Dictionary<string, string> _words;

    private PassportLabels(string language, string requested, Dictionary<string, string> words)
    {
        Language = language;
        Requested = requested;
        _words = words;
    }

    /// <summary>The languages with labels (primary language subtags).</summary>
    public static IReadOnlyCollection<string> Supported => _translations.Keys;

    /// <summary>The language the labels are in (primary subtag).</summary>
    public string Language { get; }

    /// <summary>The language that was asked for (primary subtag): differs from <see cref="Language"/> after a fallback.</summary>
    public string Requested { get; }

    public bool IsFallback => !string.Equals(Language, Requested, StringComparison.Ordinal);

    public bool RightToLeft => _rightToLeft.Contains(Language);

    public string this[string key] => _words.TryGetValue(key, out var word) ? word : throw new KeyNotFoundException($"The passport has no label '{key}'.");

    /// <summary>The labels for a BCP 47 tag's primary language, else English.</summary>
    public static PassportLabels For(string? languageTag)
    {
        var primary = (languageTag ?? English).Split('-')[0].ToLowerInvariant();
        var language = _translations.ContainsKey(primary) ? primary : English;
        var words = _translations[language];
        return new PassportLabels(language, primary.Length == 0 ? English : primary, _keys.Zip(words).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
    }

    /// <summary>A language's name in English ("Japanese (ja)"), for saying which language the labels could not be given in.</summary>
    public static string NameOf(string language)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(language);
            return string.IsNullOrEmpty(culture.EnglishName) || culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) ? language : $"{culture.EnglishName} ({language})";
        }
        catch (CultureNotFoundException)
        {
            return language;
        }
    }

    /// <summary>Checks every language has a word for every key (a test holds it).</summary>
    public static IEnumerable<string> Gaps() =>
        _translations.Where(t => t.Value.Length != _keys.Length).Select(t => $"{t.Key} has {t.Value.Length} labels, expected {_keys.Length}");
}
