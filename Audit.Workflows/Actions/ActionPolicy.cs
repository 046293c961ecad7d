using Audit.Data.Models;
using Audit.Workflows.DeepDive;

namespace Audit.Workflows.Actions;

/// <summary>
/// Who may do what to one action, and the reason a person is given when they may not. The workflow calls these as
/// the guards of its action triggers. Without an action (asking "may this person do this to any action of the
/// audit?") only the person's relation to the audit is checked; with one, its status and owner too.
/// </summary>
/// <remarks>
/// The owner does the work and says so; someone who knows the case — the auditor who set the action, or the
/// practitioner's team manager — confirms it was done, so an action is never both completed and signed off by the
/// same person. Changing who owns an action, or when it is due, is the auditor's or a QA lead's decision.
/// </remarks>
public static class ActionPolicy
{
    public const string AlreadyConfirmed = "This action has been confirmed as complete";
    public const string AwaitingConfirmation = "This action is marked complete and is waiting to be confirmed";
    public const string NotYetComplete = "This action has not been marked complete yet";
    public const string OnlyTheOwnerProgresses = "Only the person who owns this action can record its progress";
    public const string OnlyTheOwnerCompletes = "Only the person who owns this action can mark it complete";
    public const string OnlyConfirmers = "Only the auditor or the practitioner's team manager can confirm this action";
    public const string OnlyReopeners = "Only the auditor or the practitioner's team manager can reopen this action";
    public const string NotYourOwnCompletion = "You cannot confirm an action you completed yourself: the auditor or the team manager confirms it";
    public const string OnlyChangers = "Only the auditor or a QA lead can change the owner or due date of this action";

    public static Tuple<Func<AuditAction?, bool>, string>[] RecordProgress(Func<AuditActor> actor) =>
    [
        When(a => a is null || a.Status != ActionStatus.Confirmed, AlreadyConfirmed),
        When(a => a is null || a.Status != ActionStatus.AwaitingConfirmation, AwaitingConfirmation),
        When(a => a is null ? actor().OwnsOpenAction : a.OwnerId == actor().StaffId, OnlyTheOwnerProgresses),
    ];

    public static Tuple<Func<AuditAction?, bool>, string>[] Complete(Func<AuditActor> actor) =>
    [
        When(a => a is null || a.Status != ActionStatus.Confirmed, AlreadyConfirmed),
        When(a => a is null || a.Status != ActionStatus.AwaitingConfirmation, AwaitingConfirmation),
        When(a => a is null ? actor().OwnsOpenAction : a.OwnerId == actor().StaffId, OnlyTheOwnerCompletes),
    ];

    public static Tuple<Func<AuditAction?, bool>, string>[] Confirm(Func<AuditActor> actor) =>
    [
        When(a => a is null || a.Status != ActionStatus.Confirmed, AlreadyConfirmed),
        When(a => a is null || a.Status == ActionStatus.AwaitingConfirmation, NotYetComplete),
        When(_ => IsConfirmer(actor()), OnlyConfirmers),
        When(a => a is null || a.CompletedById != actor().StaffId, NotYourOwnCompletion),
    ];

    public static Tuple<Func<AuditAction?, bool>, string>[] Reopen(Func<AuditActor> actor) =>
    [
        When(a => a is null || a.Status != ActionStatus.Open, NotYetComplete),
        When(_ => IsConfirmer(actor()), OnlyReopeners),
    ];

    public static Tuple<Func<AuditAction?, bool>, string>[] Change(Func<AuditActor> actor) =>
    [
        When(a => a is null || a.Status != ActionStatus.Confirmed, AlreadyConfirmed),
        When(_ => actor().IsAuditor || actor().IsQaLead, OnlyChangers),
    ];

    /// <summary>The auditor who set the action, or the team manager of the practitioner whose case it is.</summary>
    public static bool IsConfirmer(AuditActor actor) => actor.IsAuditor || actor.IsTeamManagerOfCase;

    /// <summary>The audit's actions are followed to the end when every one is confirmed.</summary>
    public static bool AllConfirmed(CaseAudit audit) => audit.Actions.All(a => a.Status == ActionStatus.Confirmed);

    private static Tuple<Func<AuditAction?, bool>, string> When(Func<AuditAction?, bool> check, string reason) => Tuple.Create(check, reason);
}
