using Audit.Data.Models;

namespace Audit.Workflows.Allocation;

/// <summary>How case types and age bands read on screen.</summary>
public static class CaseNames
{
    public static string Display(this CaseType type) => type switch
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

    public static string Display(this AgeBand band) => band switch
    {
        AgeBand.UnderOne => "Under 1",
        AgeBand.OneToFour => "1 to 4",
        AgeBand.FiveToNine => "5 to 9",
        AgeBand.TenToFifteen => "10 to 15",
        AgeBand.SixteenPlus => "16 or over",
        _ => band.ToString(),
    };
}
