namespace Audit.Data.Models;

/// <summary>The roles of DOMAIN.md. A person may hold several.</summary>
public static class Roles
{
    public const string QaLead = "QA lead";
    public const string Auditor = "Auditor";
    public const string PracticeImprovementManager = "Practice improvement manager";
    public const string AssistantDirector = "Assistant director";
    public const string ServiceManager = "Service manager";
    public const string TeamManager = "Team manager";
    public const string Practitioner = "Practitioner";

    public static IReadOnlyList<string> All { get; } =
        [QaLead, Auditor, PracticeImprovementManager, AssistantDirector, ServiceManager, TeamManager, Practitioner];

    /// <summary>Roles whose holders must use an authenticator app: they see or control everything.</summary>
    public static IReadOnlyList<string> RequiringTwoFactor { get; } = [QaLead, AssistantDirector];

    /// <summary>Stable identifiers for the seeded role rows.</summary>
    public static string IdOf(string role) => role switch
    {
        QaLead => "role-qa-lead",
        Auditor => "role-auditor",
        PracticeImprovementManager => "role-pim",
        AssistantDirector => "role-assistant-director",
        ServiceManager => "role-service-manager",
        TeamManager => "role-team-manager",
        Practitioner => "role-practitioner",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role"),
    };
}
