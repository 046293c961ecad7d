using Audit.Data.Models;
using Stateless;
using Stateless.Graph;
using Stateless.Reflection;

namespace Audit.Workflows.DeepDive;

/// <summary>
/// The deep-dive audit workflow: every state, trigger, guard (with the reason a person is given when refused) and
/// role check, in one place. The state lives on the <see cref="CaseAudit"/> row (Stateless's external-state
/// constructor); this class never saves, sends or schedules anything — <see cref="DeepDiveService"/> does that,
/// after the machine has accepted a trigger.
/// </summary>
public sealed partial class DeepDiveWorkflow
{
    private readonly StateMachine<AuditState, AuditTrigger> machine;
    private readonly CaseAudit audit;
    private readonly AuditActor actor;
    private readonly Lazy<StateMachineInfo> info;

    public DeepDiveWorkflow(CaseAudit audit, AuditActor actor)
    {
        this.audit = audit;
        this.actor = actor;
        machine = new StateMachine<AuditState, AuditTrigger>(() => audit.State, s => audit.State = s);
        SubmitTrigger = machine.SetTriggerParameters<SubmitDecision>(AuditTrigger.Submit);
        ChangeGradeTrigger = machine.SetTriggerParameters<Grade>(AuditTrigger.ChangeGrade);
        Define();
        info = new Lazy<StateMachineInfo>(machine.GetInfo);
    }

    public StateMachine<AuditState, AuditTrigger>.TriggerWithParameters<SubmitDecision> SubmitTrigger { get; }
    public StateMachine<AuditState, AuditTrigger>.TriggerWithParameters<Grade> ChangeGradeTrigger { get; }

    private void Define()
    {
        // The auditor works on the audit: start it, then submit it with their overall grade. The QA lead can hand it
        // to someone else or give more time while it is with the auditor.
        machine.Configure(AuditState.Allocated)
            .PermitIf(AuditTrigger.Start, AuditState.InProgress, OnlyTheAuditor("start"))
            .PermitReentryIf(AuditTrigger.Reallocate, OnlyAQaLead("reallocate"))
            .PermitReentryIf(AuditTrigger.Extend, OnlyAQaLead("extend"))
            .PermitIf(AuditTrigger.Cancel, AuditState.Cancelled, OnlyAQaLead("cancel"));

        machine.Configure(AuditState.InProgress)
            .PermitDynamicIf(SubmitTrigger, AfterSubmission, AfterSubmissionDestinations, OnlyTheAuditor("submit"))
            .PermitReentryIf(AuditTrigger.Reallocate, OnlyAQaLead("reallocate"))
            .PermitReentryIf(AuditTrigger.Extend, OnlyAQaLead("extend"))
            .PermitIf(AuditTrigger.Cancel, AuditState.Cancelled, OnlyAQaLead("cancel"));

        // Moderation sent it back for more evidence: the auditor resubmits.
        machine.Configure(AuditState.ReturnedToAuditor)
            .PermitDynamicIf(SubmitTrigger, AfterSubmission, AfterSubmissionDestinations, OnlyTheAuditor("resubmit"))
            .PermitReentryIf(AuditTrigger.Reallocate, OnlyAQaLead("reallocate"))
            .PermitReentryIf(AuditTrigger.Extend, OnlyAQaLead("extend"))
            .PermitIf(AuditTrigger.Cancel, AuditState.Cancelled, OnlyAQaLead("cancel"));

        // A practice improvement manager checks the grade against the evidence: agrees, changes it, or returns it.
        machine.Configure(AuditState.AwaitingModeration)
            .PermitDynamicIf(AuditTrigger.AgreeGrade, () => AfterModeration(audit.FinalGrade), AfterModerationDestinations, OnlyAModerator())
            .PermitDynamicIf(ChangeGradeTrigger, grade => AfterModeration(grade), AfterModerationDestinations, OnlyAModerator())
            .PermitIf(AuditTrigger.ReturnToAuditor, AuditState.ReturnedToAuditor, OnlyAModerator())
            .PermitIf(AuditTrigger.Cancel, AuditState.Cancelled, OnlyAQaLead("cancel"));

        // Good and outstanding grades stand only once the assistant director for the service has co-signed them.
        machine.Configure(AuditState.AwaitingCoSign)
            .PermitDynamicIf(AuditTrigger.CoSign, AfterAgreedGrade, AfterAgreedGradeDestinations,
                When(() => actor.Has(Roles.AssistantDirector) && actor.IsAssistantDirectorOfCase,
                    "Only the assistant director for this service's directorate can co-sign this audit"))
            .PermitIf(AuditTrigger.Cancel, AuditState.Cancelled, OnlyAQaLead("cancel"));

        // Inadequate was maintained: the service manager holds a reflective conversation with the practitioner and
        // their team manager to unpick the learning.
        machine.Configure(AuditState.AwaitingReflectiveConversation)
            .PermitReentryIf(AuditTrigger.ScheduleConversation, OnlyTheServiceManager("schedule"))
            .PermitDynamicIf(AuditTrigger.RecordConversation, AfterAgreedGrade, AfterAgreedGradeDestinations, OnlyTheServiceManager("record"))
            .PermitIf(AuditTrigger.Cancel, AuditState.Cancelled, OnlyAQaLead("cancel"));

        // Corrective and learning actions are followed up; the audit closes when the last one is done.
        machine.Configure(AuditState.ActionsOutstanding)
            .PermitReentryIf(AuditTrigger.CompleteAction,
                When(() => actor.OwnsOpenAction || actor.IsQaLead, "Only the person who owns an action, or a QA lead, can complete it"))
            .PermitIf(AuditTrigger.Close, AuditState.Closed,
                When(() => audit.Actions.All(a => a.CompletedAt is not null), "Every action must be completed before the audit can close"))
            .PermitIf(AuditTrigger.Cancel, AuditState.Cancelled, OnlyAQaLead("cancel"));

        machine.Configure(AuditState.Closed);
        machine.Configure(AuditState.Cancelled);
    }

    /// <summary>After submission: to moderation when the policy says so, otherwise straight on.</summary>
    private AuditState AfterSubmission(SubmitDecision decision) =>
        decision.ModerationRequired ? AuditState.AwaitingModeration : AfterAgreedGrade();

    /// <summary>After moderation: good and outstanding wait for a co-sign; inadequate needs a reflective conversation.</summary>
    private AuditState AfterModeration(Grade? grade) => grade switch
    {
        Grade.Good or Grade.Outstanding => AuditState.AwaitingCoSign,
        Grade.Inadequate => AuditState.AwaitingReflectiveConversation,
        _ => AfterAgreedGrade(),
    };

    /// <summary>Once the grade is settled, the audit stays open while any action is outstanding.</summary>
    private AuditState AfterAgreedGrade() =>
        audit.Actions.Any(a => a.CompletedAt is null) ? AuditState.ActionsOutstanding : AuditState.Closed;

    private static DynamicStateInfos AfterSubmissionDestinations => Destinations(
        (AuditState.AwaitingModeration, "moderation required"),
        (AuditState.ActionsOutstanding, "not moderated, actions open"),
        (AuditState.Closed, "not moderated, no actions open"));

    private static DynamicStateInfos AfterModerationDestinations => Destinations(
        (AuditState.AwaitingCoSign, "good or outstanding"),
        (AuditState.AwaitingReflectiveConversation, "inadequate"),
        (AuditState.ActionsOutstanding, "requires improvement, actions open"),
        (AuditState.Closed, "requires improvement, no actions open"));

    private static DynamicStateInfos AfterAgreedGradeDestinations => Destinations(
        (AuditState.ActionsOutstanding, "actions open"),
        (AuditState.Closed, "no actions open"));

    private Tuple<Func<bool>, string>[] OnlyTheAuditor(string verb) =>
        [When(() => actor.IsAuditor, $"Only the allocated auditor can {verb} this audit")];

    private Tuple<Func<bool>, string>[] OnlyAQaLead(string verb) =>
        [When(() => actor.IsQaLead, $"Only a QA lead can {verb} this audit")];

    private Tuple<Func<bool>, string>[] OnlyAModerator() =>
    [
        When(() => actor.IsPracticeImprovementManager, "Only a practice improvement manager can moderate this audit"),
        When(() => !actor.IsAuditor, "You cannot moderate an audit you completed yourself"),
    ];

    private Tuple<Func<bool>, string>[] OnlyTheServiceManager(string verb) =>
        [When(() => actor.Has(Roles.ServiceManager) && actor.IsServiceManagerOfCase, $"Only the service manager for this service can {verb} the reflective conversation")];

    private static Tuple<Func<bool>, string> When(Func<bool> check, string reason) => Tuple.Create(check, reason);

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

    // ---- Questions the rest of the application asks ----

    /// <summary>The triggers this person may fire now. The UI shows exactly these actions.</summary>
    public IReadOnlyList<AuditTrigger> PermittedTriggers() =>
        Enum.GetValues<AuditTrigger>().Where(t => Check(t).IsAllowed).ToList();

    /// <summary>Whether this person may fire the trigger now, and if not, why not (in words for them).</summary>
    public TriggerCheck Check(AuditTrigger trigger)
    {
        var state = info.Value.States.Single(s => Equals(s.UnderlyingState, audit.State));
        if (!state.Transitions.Any(t => Equals(t.Trigger.UnderlyingTrigger, trigger)))
        {
            return TriggerCheck.Refused($"This audit is {audit.State.Display().ToLowerInvariant()}: you cannot {trigger.Display().ToLowerInvariant()} now");
        }

        var allowed = trigger switch
        {
            AuditTrigger.Submit => machine.CanFire(SubmitTrigger, new SubmitDecision(false, string.Empty), out var unmet) ? null : unmet,
            AuditTrigger.ChangeGrade => machine.CanFire(ChangeGradeTrigger, Grade.RequiresImprovement, out var unmet) ? null : unmet,
            _ => machine.CanFire(trigger, out var unmet) ? null : unmet,
        };
        return allowed is null ? TriggerCheck.Allowed : TriggerCheck.Refused(allowed.First());
    }

    public void Start() => machine.Fire(AuditTrigger.Start);

    public void Submit(SubmitDecision decision) => machine.Fire(SubmitTrigger, decision);

    public void AgreeGrade() => machine.Fire(AuditTrigger.AgreeGrade);

    public void ChangeGrade(Grade grade) => machine.Fire(ChangeGradeTrigger, grade);

    public void Fire(AuditTrigger trigger) => machine.Fire(trigger);

    /// <summary>The whole definition as a Mermaid state diagram, generated from the machine itself.</summary>
    public string ToMermaid() => MermaidGraph.Format(info.Value, MermaidGraphDirection.TopToBottom);

    /// <summary>
    /// The diagram people read, made from the Stateless export above: states by their names, arrows labelled with
    /// what moves the audit on (or, after a decision, when each way is taken), with the guards, the in-stage steps
    /// (reallocate, extend, schedule, complete an action) and the many "cancel" arrows left out — cancellation is a
    /// note on the Cancelled state. <paramref name="current"/>, when given, is highlighted.
    /// </summary>
    public string ToDiagram(AuditState? current = null)
    {
        var lines = new List<string> { "stateDiagram-v2", "\tdirection TB" };
        lines.AddRange(Enum.GetValues<AuditState>().Select(state => $"\tstate \"{state.Display()}\" as {state}"));
        foreach (var line in ToMermaid().Split('\n').Select(l => l.TrimEnd('\r')))
        {
            var match = MermaidTransition().Match(line);
            if (line.Contains("<<choice>>", StringComparison.Ordinal) || line.TrimStart().StartsWith("[*]", StringComparison.Ordinal))
            {
                lines.Add("\t" + line.Trim());
            }
            else if (match.Success && match.Groups["from"].Value != match.Groups["to"].Value && match.Groups["to"].Value != nameof(AuditState.Cancelled))
            {
                var fromDecision = match.Groups["from"].Value.StartsWith("Decision", StringComparison.Ordinal);
                var label = fromDecision
                    ? match.Groups["criteria"].Captures[^1].Value
                    : Enum.Parse<AuditTrigger>(match.Groups["trigger"].Value).Display();
                lines.Add($"\t{match.Groups["from"].Value} --> {match.Groups["to"].Value} : {label}");
            }
        }

        lines.Add($"\tnote right of {AuditState.Cancelled} : A QA lead can cancel at any open stage");
        if (current is { } state)
        {
            lines.Add("\tclassDef current fill:#ffdd00,stroke:#0b0c0c,stroke-width:4px,color:#0b0c0c,font-weight:bold");
            lines.Add($"\tclass {state} current");
        }

        return string.Join('\n', lines) + "\n";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?<from>\w+) --> (?<to>\w+) : (?<trigger>\w+)(?: \[(?<criteria>[^\]]*)\])*\s*$")]
    private static partial System.Text.RegularExpressions.Regex MermaidTransition();

    /// <summary>Every transition in the definition, in words, for people who cannot see the diagram.</summary>
    public IReadOnlyList<WorkflowTransition> Transitions() =>
        info.Value.States.SelectMany(state =>
            state.FixedTransitions.Select(t => new WorkflowTransition(
                    (AuditState)state.UnderlyingState, (AuditTrigger)t.Trigger.UnderlyingTrigger, [(AuditState)t.DestinationState.UnderlyingState], null))
                .Concat(state.DynamicTransitions.Select(t => new WorkflowTransition(
                    (AuditState)state.UnderlyingState, (AuditTrigger)t.Trigger.UnderlyingTrigger,
                    t.PossibleDestinationStates.Select(d => Enum.Parse<AuditState>(d.DestinationState)).ToList(),
                    string.Join("; ", t.PossibleDestinationStates.Select(d => $"{Enum.Parse<AuditState>(d.DestinationState).Display().ToLowerInvariant()} when {d.Criterion}"))))))
            .ToList();

    /// <summary>The definition, for the diagram page: drawn from a blank audit seen by no one in particular.</summary>
    public static DeepDiveWorkflow Definition() =>
        new(new CaseAudit { AuditorId = string.Empty, State = AuditState.Allocated }, AuditActor.Nobody);
}

/// <summary>What the moderation policy decided when an audit was submitted.</summary>
public sealed record SubmitDecision(bool ModerationRequired, string Reason);

/// <summary>One arrow of the diagram: from a state, on a trigger, to one of these states (chosen as the note says).</summary>
public sealed record WorkflowTransition(AuditState From, AuditTrigger Trigger, IReadOnlyList<AuditState> To, string? Note);

public sealed record TriggerCheck(bool IsAllowed, string? Reason)
{
    public static TriggerCheck Allowed { get; } = new(true, null);
    public static TriggerCheck Refused(string reason) => new(false, reason);
}
