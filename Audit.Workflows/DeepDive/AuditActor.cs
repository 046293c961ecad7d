using Audit.Data.Models;

namespace Audit.Workflows.DeepDive;

/// <summary>
/// The person acting on an audit, with their roles and how they relate to this audit's case. Worked out once by
/// <see cref="AuditAccess"/> from the organisation; the workflow's guards only read it.
/// </summary>
public sealed record AuditActor(
    string StaffId,
    IReadOnlySet<string> Roles,
    bool IsAuditor = false,
    bool IsPractitioner = false,
    bool IsTeamManagerOfCase = false,
    bool IsServiceManagerOfCase = false,
    bool IsAssistantDirectorOfCase = false,
    bool OwnsOpenAction = false)
{
    public bool Has(string role) => Roles.Contains(role);

    public bool IsQaLead => Has(Data.Models.Roles.QaLead);
    public bool IsPracticeImprovementManager => Has(Data.Models.Roles.PracticeImprovementManager);

    /// <summary>The system itself (the sweep job, automatic closing), for the diagram and internal steps.</summary>
    public static AuditActor Nobody { get; } = new(string.Empty, new HashSet<string>());
}
