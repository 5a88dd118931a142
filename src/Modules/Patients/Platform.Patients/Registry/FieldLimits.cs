namespace Platform.Patients.Registry;

/// <summary>Longest values the registry keeps; validators, the model and the migration share them.</summary>
internal static class FieldLimits
{
    public const int Name = 100;
    public const int PersonName = 200;
    public const int PassportNumber = 20;
    public const int Email = 254;
    public const int AddressLine = 100;
    public const int AddressLineCount = 3;
    public const int AddressLines = (AddressLine * AddressLineCount) + AddressLineCount - 1;
    public const int City = 100;
    public const int PostalCode = 20;
    public const int Practice = 200;
    public const int Text = 1000;
    public const int Campaign = 100;
    public const int UserId = 200;
    public const int Languages = 10;

    // Folding can lengthen a name ("ß" becomes "ss"), so the keys allow twice the names they come from.
    public const int FamilySortKey = 2 * Name;
    public const int NameKey = 4 * Name;
    public const int SearchText = 8 * Name;
}
