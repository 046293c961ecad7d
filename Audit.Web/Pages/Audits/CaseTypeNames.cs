using Audit.Data.Models;

namespace Audit.Web.Pages.Audits;

public static class CaseTypeNames
{
    public static string Display(CaseType type) => type switch
    {
        CaseType.EarlyHelp => "Early help",
        CaseType.ChildInNeed => "Child in need",
        CaseType.ChildProtection => "Child protection",
        CaseType.CaredFor => "Cared for",
        CaseType.CareExperienced => "Care experienced",
        CaseType.FosteringHousehold => "Fostering household",
        CaseType.YouthJustice => "Youth justice",
        _ => type.ToString(),
    };
}
