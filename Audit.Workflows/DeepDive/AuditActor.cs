using System.Globalization;
using System.Text;
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
public sealed record AuditActor(
    string StaffId,
    IReadOnlySet<string> Roles,
    bool IsAuditor = false,
    bool IsPractitioner = false,
    bool IsTeamManagerOfCase = false,
    bool IsServiceManagerOfCase = false,
    bool IsAssistantDirectorOfCase = false,
    bool IsStandIn = false,
    bool ActsForVacantPost = false)
{
    private readonly bool? ownsOpenAction = false;
    private readonly bool? isConversationInvitee = false;

    /// <summary>Owns an open action on the audit. Throws when the command did not load the audit's actions.</summary>
    public bool OwnsOpenAction
    {
        get => ownsOpenAction ?? throw NotLoaded(AuditParts.Actions);
        init => ownsOpenAction = value;
    }

    /// <summary>Invited to the audit's current reflective conversation. Throws when the command did not load its conversations.</summary>
    public bool IsConversationInvitee
    {
        get => isConversationInvitee ?? throw NotLoaded(AuditParts.Conversations);
        init => isConversationInvitee = value;
    }

    /// <summary>As <see cref="OwnsOpenAction"/>, null when the audit's actions were not loaded (<see cref="AuditAccess.ActorAsync"/>).</summary>
    internal bool? OwnsOpenActionIfLoaded { init => ownsOpenAction = value; }

    /// <summary>As <see cref="IsConversationInvitee"/>, null when the audit's conversations were not loaded.</summary>
    internal bool? IsConversationInviteeIfLoaded { init => isConversationInvitee = value; }

    private static InvalidOperationException NotLoaded(AuditParts part) => new(
        $"The audit's {part} were not loaded for this command, so whether this person has a part in them is unknown: "
        + $"the command must declare AuditParts.{part} in its Reads.");

    public bool Has(string role) => Roles.Contains(role);

    // What the record prints (a log line, a debugger, a failed assertion): the flags of parts not loaded say so instead
    // of throwing, and a printed actor never reads what its command did not load.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture,
            $"StaffId = {StaffId}, Roles = [{string.Join(", ", Roles.Order(StringComparer.Ordinal))}], IsAuditor = {IsAuditor}, ")
            .Append(CultureInfo.InvariantCulture,
                $"IsPractitioner = {IsPractitioner}, IsTeamManagerOfCase = {IsTeamManagerOfCase}, IsServiceManagerOfCase = {IsServiceManagerOfCase}, ")
            .Append(CultureInfo.InvariantCulture,
                $"IsAssistantDirectorOfCase = {IsAssistantDirectorOfCase}, IsStandIn = {IsStandIn}, ActsForVacantPost = {ActsForVacantPost}, ")
            .Append(CultureInfo.InvariantCulture,
                $"OwnsOpenAction = {Printed(ownsOpenAction)}, IsConversationInvitee = {Printed(isConversationInvitee)}, IsSystem = {IsSystem}");
        return true;
    }

    private static string Printed(bool? flag) => flag?.ToString() ?? "not loaded";

    public bool IsQaLead => Has(Data.Models.Roles.QaLead);
    public bool IsPracticeImprovementManager => Has(Data.Models.Roles.PracticeImprovementManager);

    /// <summary>Audit itself, moving an audit on by its own rules (closing it when the last action is done).</summary>
    public bool IsSystem { get; private init; }

    /// <summary>No one in particular: the definition as the diagram draws it, with every guard unmet.</summary>
    public static AuditActor Nobody { get; } = new(string.Empty, new HashSet<string>());

    /// <summary>Audit acting by its own rules. Its history rows have no person ("Audit (automatic)").</summary>
    public static AuditActor System { get; } = new(string.Empty, new HashSet<string>()) { IsSystem = true };
}
