using Audit.Data.Models;
using Audit.Workflows.DeepDive;

namespace Audit.Workflows.Extensions;

/// <summary>
/// Who may ask for more time on an audit, who decides, and the reason a person is given when they may not. The
/// workflow calls these as the guards of <see cref="AuditTrigger.RequestExtension"/> and
/// <see cref="AuditTrigger.DecideExtension"/>, in the states before submission only.
/// </summary>
/// <remarks>
/// Only the allocated auditor knows whether they need more time, so only they ask; the QA lead, who owns the
/// programme's dates, decides. One open request at a time, so the QA lead never weighs two dates against each other.
/// </remarks>
public static class ExtensionPolicy
{
    public const string OnlyTheAuditorAsks = "Only the allocated auditor can ask for more time on this audit";
    public const string AlreadyAsked = "You have already asked for more time on this audit: a QA lead will approve or decline that request first";
    public const string OnlyAQaLeadDecides = "Only a QA lead can approve or decline a request for more time";
    public const string NothingToDecide = "There is no request for more time waiting for a decision on this audit";
    public const string AlreadySubmitted = "This audit has been submitted, so you can no longer ask for more time";
    public const string NoLongerWithTheAuditor = "This audit has been submitted, so its due date can no longer change";

    /// <summary>
    /// The request waiting for a decision, if any. A request by an auditor the audit has since been taken from no
    /// longer counts: the new auditor may ask for themselves.
    /// </summary>
    public static ExtensionRequest? Open(CaseAudit audit) =>
        audit.ExtensionRequests.FirstOrDefault(r => r.Status == ExtensionRequestStatus.Open && r.RequestedById == audit.AuditorId);

    /// <summary>The guards of a request, reading the audit and the person the workflow is asked about.</summary>
    public static Tuple<Func<bool>, string>[] Request(Func<CaseAudit> audit, Func<AuditActor> actor) =>
    [
        When(() => actor().IsAuditor, OnlyTheAuditorAsks),
        When(() => Open(audit()) is null, AlreadyAsked),
    ];

    /// <summary>The guards of a decision, reading the audit and the person the workflow is asked about.</summary>
    public static Tuple<Func<bool>, string>[] Decide(Func<CaseAudit> audit, Func<AuditActor> actor) =>
    [
        When(() => Open(audit()) is not null, NothingToDecide),
        When(() => actor().IsQaLead, OnlyAQaLeadDecides),
    ];

    private static Tuple<Func<bool>, string> When(Func<bool> check, string reason) => Tuple.Create(check, reason);
}
