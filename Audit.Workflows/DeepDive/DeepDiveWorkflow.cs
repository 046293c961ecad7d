using Audit.Data.Models;
using Audit.Workflows.Actions;
using Audit.Workflows.Conversations;
using Audit.Workflows.Extensions;
using Audit.Workflows.DeepDive.Stages;
using Stateless;
using Stateless.Reflection;

namespace Audit.Workflows.DeepDive;

/// <summary>
/// The deep-dive audit workflow: every state, trigger, guard (with the reason a person is given when refused) and
/// role check, in one place. The state lives on the <see cref="CaseAudit"/> row (Stateless's external-state
/// constructor); this class never saves, sends or schedules anything — the command handlers do that, inside one
/// unit of work, after the machine has accepted a trigger. Which grades are moderated and which need the assistant
/// director is the <see cref="ModerationPolicy"/>'s answer; who holds a stage when a post is vacant is
/// <see cref="StageHolding"/>'s. The drawing of this definition is <see cref="DeepDiveDiagram"/>.
/// </summary>
/// <remarks>
/// The rules are the same for every audit, so the machine is configured once for the process
/// (<c>DeepDiveWorkflow.Machine.cs</c>); a workflow is only an audit, a person and the policy, bound to that machine
/// while it answers a question or fires a trigger. So every guard below reads them from <c>w</c>, the workflow being
/// asked.
/// </remarks>
public sealed partial class DeepDiveWorkflow
{
    private readonly CaseAudit audit;
    private readonly AuditActor actor;
    private readonly ModerationPolicy policy;

    public DeepDiveWorkflow(CaseAudit audit, AuditActor actor, ModerationPolicy policy)
    {
        this.audit = audit;
        this.actor = actor;
        this.policy = policy;
    }

    /// <summary>The triggers about one action: the workflow asks <see cref="ActionPolicy"/> about that action.</summary>
    public static readonly IReadOnlyList<AuditTrigger> ActionTriggerKinds =
        [AuditTrigger.RecordActionProgress, AuditTrigger.CompleteAction, AuditTrigger.ConfirmAction, AuditTrigger.ReopenAction, AuditTrigger.ChangeAction];

    /// <summary>Who the workflow is answering for.</summary>
    public AuditActor Actor => actor;

    /// <summary>The definition as Stateless describes it, for the diagram.</summary>
    public StateMachineInfo Info => Shared.Info;

    private static void Define(StateMachine<AuditState, AuditTrigger> machine)
    {
        // The auditor works on the audit: start it, record the answers, submit it with their overall grade. The QA
        // lead can hand it to someone else or give more time while it is with the auditor; the auditor can ask for
        // more time, and a QA lead approves or declines (ExtensionPolicy). At any open stage the
        // auditor can raise an immediate response for a child at risk now, and a QA lead can cancel the audit.
        machine.Configure(AuditState.Allocated)
            .PermitIf(AuditTrigger.Start, AuditState.InProgress, OnlyTheAuditor("start"))
            .PermitReentryIf(AuditTrigger.RaiseImmediateResponse, OnlyTheAuditorRaises())
            .PermitReentryIf(AuditTrigger.Reallocate, OnlyAQaLead("reallocate"))
            .PermitReentryIf(AuditTrigger.Extend, OnlyAQaLead("extend"))
            .PermitReentryIf(AuditTrigger.RequestExtension, ExtensionPolicy.Request(TheAudit, TheActor))
            .PermitReentryIf(AuditTrigger.DecideExtension, ExtensionPolicy.Decide(TheAudit, TheActor))
            .PermitIf(AuditTrigger.Cancel, AuditState.Cancelled, OnlyAQaLead("cancel"));

        machine.Configure(AuditState.InProgress)
            .PermitReentryIf(AuditTrigger.RecordAnswers, OnlyTheAuditorRecords())
            .PermitDynamicIf(SubmitTrigger, decision => Bound.AfterSubmission(decision), AfterSubmissionDestinations, OnlyTheAuditor("submit"))
            .PermitReentryIf(AuditTrigger.RaiseImmediateResponse, OnlyTheAuditorRaises())
            .PermitReentryIf(AuditTrigger.Reallocate, OnlyAQaLead("reallocate"))
            .PermitReentryIf(AuditTrigger.Extend, OnlyAQaLead("extend"))
            .PermitReentryIf(AuditTrigger.RequestExtension, ExtensionPolicy.Request(TheAudit, TheActor))
            .PermitReentryIf(AuditTrigger.DecideExtension, ExtensionPolicy.Decide(TheAudit, TheActor))
            .PermitIf(AuditTrigger.Cancel, AuditState.Cancelled, OnlyAQaLead("cancel"));

        // Moderation sent it back for more evidence: the auditor adds it and resubmits, and it is moderated again
        // whatever grade it comes back with.
        machine.Configure(AuditState.ReturnedToAuditor)
            .PermitReentryIf(AuditTrigger.RecordAnswers, OnlyTheAuditorRecords())
            .PermitDynamicIf(SubmitTrigger, decision => Bound.AfterSubmission(decision), AfterSubmissionDestinations, OnlyTheAuditor("resubmit"))
            .PermitReentryIf(AuditTrigger.RaiseImmediateResponse, OnlyTheAuditorRaises())
            .PermitReentryIf(AuditTrigger.Reallocate, OnlyAQaLead("reallocate"))
            .PermitReentryIf(AuditTrigger.Extend, OnlyAQaLead("extend"))
            .PermitReentryIf(AuditTrigger.RequestExtension, ExtensionPolicy.Request(TheAudit, TheActor))
            .PermitReentryIf(AuditTrigger.DecideExtension, ExtensionPolicy.Decide(TheAudit, TheActor))
            .PermitIf(AuditTrigger.Cancel, AuditState.Cancelled, OnlyAQaLead("cancel"));

        // A practice improvement manager takes the audit from the queue (or simply moderates it), checks each section's
        // grade against the evidence, then agrees the overall grade, changes it, or returns the audit. Never their own
        // audit, nor one where they manage the practitioner.
        machine.Configure(AuditState.AwaitingModeration)
            .PermitReentryIf(AuditTrigger.TakeForModeration, [.. OnlyAModerator(), NotYetTaken()])
            .PermitReentryIf(AuditTrigger.ReleaseModeration,
                When(w => w.audit.ModerationTakenById is not null, "No one has taken this audit for moderation"),
                When(w => w.audit.ModerationTakenById == w.actor.StaffId || w.actor.IsQaLead,
                    w => $"Only {w.TakerName}, who took this audit, or a QA lead can release it"))
            .PermitDynamicIf(AuditTrigger.AgreeGrade, () => Bound.AfterModeration(Bound.audit.FinalGrade), AfterModerationDestinations, OnlyAModerator())
            .PermitDynamicIf(ChangeGradeTrigger, grade => Bound.AfterModeration(grade), AfterModerationDestinations, OnlyAModerator())
            .PermitIf(AuditTrigger.ReturnToAuditor, AuditState.ReturnedToAuditor, OnlyAModerator())
            .PermitReentryIf(AuditTrigger.RaiseImmediateResponse, OnlyTheAuditorRaises())
            .PermitIf(AuditTrigger.Cancel, AuditState.Cancelled, OnlyAQaLead("cancel"));

        // The assistant director for the case's directorate sees the moderation of the grades the policy names (by
        // default good, outstanding and inadequate: "line of sight") and co-signs it, or sends it back to moderation
        // with a comment. An inadequate grade goes on to the reflective conversation only once co-signed.
        machine.Configure(AuditState.AwaitingCoSign)
            .PermitDynamicIf(AuditTrigger.CoSign, () => Bound.AfterCoSign(), AfterCoSignDestinations, OnlyThePostHolder(Post.AssistantDirector, "co-sign"))
            .PermitIf(AuditTrigger.SendBackToModeration, AuditState.AwaitingModeration, OnlyThePostHolder(Post.AssistantDirector, "send back"))
            .PermitReentryIf(AuditTrigger.NameStandIn, OnlyAQaLead("name a stand-in for"))
            .PermitReentryIf(AuditTrigger.RaiseImmediateResponse, OnlyTheAuditorRaises())
            .PermitIf(AuditTrigger.Cancel, AuditState.Cancelled, OnlyAQaLead("cancel"));

        // Inadequate was confirmed: the service manager holds a reflective conversation with the practitioner and
        // their team manager to unpick the learning. Scheduling again moves the conversation (the same calendar
        // event, updated); those invited answer it, and the organiser accepts or declines a time they propose.
        machine.Configure(AuditState.AwaitingReflectiveConversation)
            .PermitReentryIf(AuditTrigger.ScheduleConversation, OnlyThePostHolder(Post.ServiceManager, "schedule the reflective conversation for"))
            .PermitReentryIf(AuditTrigger.CancelConversation,
                [ConversationScheduled(), .. OnlyThePostHolder(Post.ServiceManager, "cancel the reflective conversation for")])
            .PermitReentryIf(AuditTrigger.AnswerInvitation,
                ConversationScheduled(),
                When(w => w.actor.IsConversationInvitee, "Only the people invited to the reflective conversation can answer its invitation"))
            .PermitReentryIf(AuditTrigger.DecideProposal,
                [When(w => ConversationPolicy.PendingProposals(w.audit).Any(), "No one has proposed another time for the reflective conversation"),
                 .. OnlyThePostHolder(Post.ServiceManager, "decide on a proposed time for")])
            // A reflective conversation always agrees at least one remedial action (ConversationPolicy), so recording
            // it always leads on to the actions.
            .PermitIf(AuditTrigger.RecordConversation, AuditState.ActionsOutstanding,
                OnlyThePostHolder(Post.ServiceManager, "record the reflective conversation for"))
            .PermitReentryIf(AuditTrigger.NameStandIn, OnlyAQaLead("name a stand-in for"))
            .PermitReentryIf(AuditTrigger.RaiseImmediateResponse, OnlyTheAuditorRaises())
            .PermitIf(AuditTrigger.Cancel, AuditState.Cancelled, OnlyAQaLead("cancel"));

        // Corrective and learning actions are followed up: the owner records progress and marks an action complete
        // with the evidence; the auditor or the practitioner's team manager confirms it or reopens it; the auditor or
        // a QA lead may give it to someone else or move its date. The audit closes by itself when the last action is
        // confirmed, or earlier when a QA lead closes it, giving a reason.
        machine.Configure(AuditState.ActionsOutstanding)
            .PermitReentryIf(ActionTrigger(AuditTrigger.RecordActionProgress), ActionPolicy.RecordProgress(TheActor))
            .PermitReentryIf(ActionTrigger(AuditTrigger.CompleteAction), ActionPolicy.Complete(TheActor))
            .PermitReentryIf(ActionTrigger(AuditTrigger.ConfirmAction), ActionPolicy.Confirm(TheActor))
            .PermitReentryIf(ActionTrigger(AuditTrigger.ReopenAction), ActionPolicy.Reopen(TheActor))
            .PermitReentryIf(ActionTrigger(AuditTrigger.ChangeAction), ActionPolicy.Change(TheActor))
            .PermitIf(AuditTrigger.Close, AuditState.Closed,
                When(w => w.actor.IsQaLead || w.actor.IsSystem, "Only a QA lead can close this audit before its actions are confirmed"),
                When(w => w.actor.IsQaLead || ActionPolicy.AllConfirmed(w.audit), "Every action must be confirmed before the audit can close"))
            .PermitReentryIf(AuditTrigger.RaiseImmediateResponse, OnlyTheAuditorRaises())
            .PermitIf(AuditTrigger.Cancel, AuditState.Cancelled, OnlyAQaLead("cancel"));

        machine.Configure(AuditState.Closed);
        machine.Configure(AuditState.Cancelled);

        // The practitioner's own space, at every stage once the grade is settled (closed included): they may respond
        // to the findings, and once a confirmed inadequate brings the reflective conversation they write their own
        // reflections. No one else writes these for them — not the service manager, not the auditor.
        foreach (var state in Enum.GetValues<AuditState>().Where(s => s.IsGradeSettled()))
        {
            machine.Configure(state)
                .PermitReentryIf(AuditTrigger.WriteReflections,
                    When(w => w.actor.IsPractitioner, "Only the practitioner whose work was audited can write their reflections: no one can write them for them"),
                    When(w => w.audit.FinalGrade == Grade.Inadequate, "Reflections follow the reflective conversation, and this audit did not need one"))
                .PermitReentryIf(AuditTrigger.RespondToFindings,
                    When(w => w.actor.IsPractitioner, "Only the practitioner whose work was audited can respond to its findings"),
                    When(w => w.audit.GradeConfirmedAt is not null, "You can respond to the findings once moderation has settled the grade"));
        }
    }

    /// <summary>
    /// Why a trigger is not offered at all in the audit's state, where the general "you cannot … now" would not tell
    /// the person what to do instead.
    /// </summary>
    private string? NotOfferedReason(AuditTrigger trigger) => (trigger, audit.State) switch
    {
        (AuditTrigger.RecordAnswers, AuditState.Allocated) => "Start the audit before recording your findings",
        (AuditTrigger.RecordAnswers, AuditState.Cancelled) => "This audit has been cancelled, so its answers can no longer be changed",
        (AuditTrigger.RecordAnswers, _) => "This audit has been submitted, so its answers can no longer be changed",
        (AuditTrigger.WriteReflections or AuditTrigger.RespondToFindings, AuditState.Cancelled) => "This audit has been cancelled",
        (AuditTrigger.WriteReflections, _) => "You can write your reflections once the audit reaches the reflective conversation",
        (AuditTrigger.RespondToFindings, _) => "You can respond to the findings once moderation has settled the grade",
        (AuditTrigger.RequestExtension or AuditTrigger.DecideExtension, AuditState.Cancelled) => "This audit has been cancelled",
        (AuditTrigger.RequestExtension, _) => ExtensionPolicy.AlreadySubmitted,
        (AuditTrigger.DecideExtension, _) => ExtensionPolicy.NoLongerWithTheAuditor,
        (AuditTrigger.RaiseImmediateResponse, _) =>
            $"This audit is {audit.State.Display().ToLowerInvariant()}. Raise the concern through the safeguarding route in the case management system",
        _ => null,
    };

    /// <summary>After submission: to moderation when the policy says so, otherwise straight on.</summary>
    private AuditState AfterSubmission(SubmitDecision decision) =>
        decision.ModerationRequired ? AuditState.AwaitingModeration : AfterAgreedGrade();

    /// <summary>
    /// After moderation: the assistant director sees the grades the policy names; inadequate needs a reflective
    /// conversation. "Did not meet the standard" needs neither: it goes on to its corrective actions.
    /// </summary>
    private AuditState AfterModeration(Grade? grade) =>
        grade is { } g && policy.NeedsAssistantDirector(g) ? AuditState.AwaitingCoSign : AfterCoSign(grade);

    private AuditState AfterCoSign() => AfterCoSign(audit.FinalGrade);

    private AuditState AfterCoSign(Grade? grade) =>
        grade == Grade.Inadequate ? AuditState.AwaitingReflectiveConversation : AfterAgreedGrade();

    /// <summary>Once the grade is settled, the audit stays open while any action is not yet confirmed.</summary>
    private AuditState AfterAgreedGrade() =>
        ActionPolicy.AllConfirmed(audit) ? AuditState.Closed : AuditState.ActionsOutstanding;

    private static DynamicStateInfos AfterSubmissionDestinations => Destinations(
        (AuditState.AwaitingModeration, "moderation required"),
        (AuditState.ActionsOutstanding, "not moderated, actions open"),
        (AuditState.Closed, "not moderated, no actions open"));

    private static DynamicStateInfos AfterModerationDestinations => Destinations(
        (AuditState.AwaitingCoSign, "the grade needs the assistant director"),
        (AuditState.AwaitingReflectiveConversation, "inadequate, no assistant director needed"),
        (AuditState.ActionsOutstanding, "other grades, actions open"),
        (AuditState.Closed, "other grades, no actions open"));

    private static DynamicStateInfos AfterCoSignDestinations => Destinations(
        (AuditState.AwaitingReflectiveConversation, "inadequate"),
        (AuditState.ActionsOutstanding, "other grades, actions open"),
        (AuditState.Closed, "other grades, no actions open"));

    // ---- Who may ----

    private static Tuple<Func<bool>, string>[] OnlyTheAuditor(string verb) =>
        [When(w => w.actor.IsAuditor, $"Only the allocated auditor can {verb} this audit")];

    private static Tuple<Func<bool>, string>[] OnlyTheAuditorRecords() =>
        [When(w => w.actor.IsAuditor, "Only the allocated auditor can change this audit")];

    private static Tuple<Func<bool>, string>[] OnlyTheAuditorRaises() =>
        [When(w => w.actor.IsAuditor, "Only the allocated auditor can raise an immediate response on this audit")];

    private static Tuple<Func<bool>, string>[] OnlyAQaLead(string verb) =>
        [When(w => w.actor.IsQaLead, $"Only a QA lead can {verb} this audit")];

    private static Tuple<Func<bool>, string>[] OnlyAModerator() =>
    [
        When(w => w.actor.IsPracticeImprovementManager, "Only a practice improvement manager can moderate this audit"),
        When(w => !w.actor.IsAuditor, "You cannot moderate an audit you completed yourself"),
        When(w => !w.actor.IsTeamManagerOfCase, "You cannot moderate an audit of a case where you manage the practitioner"),
        When(w => w.audit.ModerationTakenById is null || w.audit.ModerationTakenById == w.actor.StaffId, w => $"{w.TakerName} has taken this audit for moderation"),
    ];

    private static Tuple<Func<bool>, string> NotYetTaken() =>
        When(w => w.audit.ModerationTakenById is null, "You have already taken this audit for moderation");

    /// <summary>
    /// The post-holder for the case (assistant director of its directorate, service manager of its service area), or
    /// the stand-in a QA lead named; while the post is vacant, a QA lead acting for it.
    /// </summary>
    private static Tuple<Func<bool>, string>[] OnlyThePostHolder(Post post, string verb) =>
    [
        When(w => w.actor.IsStandIn || w.actor.ActsForVacantPost || post switch
            {
                Post.AssistantDirector => w.actor.Has(Roles.AssistantDirector) && w.actor.IsAssistantDirectorOfCase,
                _ => w.actor.Has(Roles.ServiceManager) && w.actor.IsServiceManagerOfCase,
            },
            w => StageHolding.IsVacant(w.audit)
                ? $"There is no {post.Name()} who can act for this service: a QA lead can act for them, or name a stand-in"
                : $"Only the {post.Name()} for this service, or their stand-in, can {verb} this audit"),
    ];

    private static Tuple<Func<bool>, string> ConversationScheduled() =>
        When(w => ConversationPolicy.Current(w.audit) is not null, "No reflective conversation is scheduled for this audit");

    private string TakerName => audit.ModerationTakenBy?.FullName ?? "Another practice improvement manager";

    // Criteria are drawn on the diagram: no semicolons, which Mermaid reads as the end of a statement.
    private static DynamicStateInfos Destinations(params (AuditState State, string Criterion)[] states)
    {
        var infos = new DynamicStateInfos();
        foreach (var (state, criterion) in states)
        {
            infos.Add(state, criterion);
        }

        return infos;
    }
}

/// <summary>What the moderation policy decided when an audit was submitted.</summary>
public sealed record SubmitDecision(bool ModerationRequired, string Reason);

public sealed record TriggerCheck(bool IsAllowed, string? Reason)
{
    public static TriggerCheck Allowed { get; } = new(true, null);
    public static TriggerCheck Refused(string reason) => new(false, reason);
}
