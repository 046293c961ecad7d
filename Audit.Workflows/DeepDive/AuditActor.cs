using Audit.Data.Models;

namespace Audit.Workflows.DeepDive;

/// <summary>
/// The person acting on an audit, with their roles and how they relate to this audit's case. Worked out once by
/// <see cref="AuditAccess"/> from the organisation; the workflow's guards only read it.
/// </summary>
/// <param name="IsStandIn">A QA lead named this person to hold the audit's current stage in place of the post-holder.</param>
/// <param name="ActsForVacantPost">
/// A QA lead, at a stage whose post (assistant director, service manager) has no one who can act: they may act for
/// the missing post-holder, and the history records that they did.
/// </param>
/// <param name="IsConversationInvitee">Invited to the audit's current reflective conversation.</param>
public sealed record AuditActor(
    string StaffId,
    IReadOnlySet<string> Roles,
    bool IsAuditor = false,
    bool IsPractitioner = false,
    bool IsTeamManagerOfCase = false,
    bool IsServiceManagerOfCase = false,
    bool IsAssistantDirectorOfCase = false,
    bool OwnsOpenAction = false,
    bool IsStandIn = false,
    bool ActsForVacantPost = false,
    bool IsConversationInvitee = false)
{
    public bool Has(string role) => Roles.Contains(role);

    public bool IsQaLead => Has(Data.Models.Roles.QaLead);
    public bool IsPracticeImprovementManager => Has(Data.Models.Roles.PracticeImprovementManager);

    /// <summary>Audit itself, moving an audit on by its own rules (closing it when the last action is done).</summary>
    public bool IsSystem { get; private init; }

    /// <summary>No one in particular: the definition as the diagram draws it, with every guard unmet.</summary>
    public static AuditActor Nobody { get; } = new(string.Empty, new HashSet<string>());

    /// <summary>Audit acting by its own rules. Its history rows have no person ("Audit (automatic)").</summary>
    public static AuditActor System { get; } = new(string.Empty, new HashSet<string>()) { IsSystem = true };
}
