namespace Audit.Data;

/// <summary>Field lengths shared by the schema and the forms that validate against it.</summary>
public static class Limits
{
    public const int OrganisationName = 100;
    public const int PersonName = 200;
    public const int JobTitle = 200;
    public const int StaffNumber = 20;
    public const int Email = 256;
    public const int CaseReference = 50;
    public const int CaseReferencePattern = 200;
    public const int ShortText = 1000;
    public const int LongText = 10000;
}
