using Audit.Data.Models;
using Stateless;
using Stateless.Reflection;

namespace Audit.Workflows.DeepDive;

/// <summary>
/// How the definition (<c>DeepDiveWorkflow.cs</c>) runs: one Stateless machine for the process, configured once, to
/// which each workflow binds its audit, person and policy while it answers a question or fires a trigger.
/// Configuring every state, permit and guard for each command cost more than the rest of the command's code.
/// </summary>
public sealed partial class DeepDiveWorkflow
{
    // The workflow whose question the machine is answering on this thread. The machine's state accessor, its guards
    // and its destinations read the audit and person from here. Every question and every trigger runs synchronously
    // (no guard or destination awaits), so a thread answers one binding at a time; nesting restores the outer one.
    [ThreadStatic]
    private static DeepDiveWorkflow? bound;

    private static DeepDiveWorkflow Bound =>
        bound ?? throw new InvalidOperationException("The workflow's rules were read outside a question to the workflow");

    private static readonly Func<CaseAudit> TheAudit = () => Bound.audit;
    private static readonly Func<AuditActor> TheActor = () => Bound.actor;

    private static StateMachine<AuditState, AuditTrigger> Machine => Shared.Machine;
    private static StateMachine<AuditState, AuditTrigger>.TriggerWithParameters<SubmitDecision> SubmitTrigger => Shared.Submit;
    private static StateMachine<AuditState, AuditTrigger>.TriggerWithParameters<Grade> ChangeGradeTrigger => Shared.ChangeGrade;

    private static StateMachine<AuditState, AuditTrigger>.TriggerWithParameters<AuditAction?> ActionTrigger(AuditTrigger trigger) =>
        Shared.ActionTriggers[trigger];

    /// <summary>A guard whose reason never changes.</summary>
    private static Tuple<Func<bool>, string> When(Func<DeepDiveWorkflow, bool> check, string reason) =>
        Shared.Guard(check, reason, live: null);

    /// <summary>
    /// A guard whose reason names someone or depends on the audit ("Pip Other has taken this audit for moderation"):
    /// Stateless keeps the reason as a blank audit gives it (the diagram's), and the person is told the reason as
    /// their audit gives it.
    /// </summary>
    private static Tuple<Func<bool>, string> When(Func<DeepDiveWorkflow, bool> check, Func<DeepDiveWorkflow, string> reason) =>
        Shared.Guard(check, reason(Shared.Blank), reason);

    /// <summary>The reason the person is given for a guard Stateless reports unmet.</summary>
    private string ReasonFor(string unmetGuard) =>
        Shared.LiveReasons.TryGetValue(unmetGuard, out var live) && live is not null ? live(this) : unmetGuard;

    private Binding Bind()
    {
        var previous = bound;
        bound = this;
        return new Binding(previous);
    }

    private readonly ref struct Binding(DeepDiveWorkflow? previous)
    {
        public void Dispose() => bound = previous;
    }

    // ---- Questions the rest of the application asks ----

    /// <summary>The triggers this person may fire now. The UI shows exactly these actions.</summary>
    public IReadOnlyList<AuditTrigger> PermittedTriggers() =>
        Enum.GetValues<AuditTrigger>().Where(t => Check(t).IsAllowed).ToList();

    /// <summary>Whether this person may fire the trigger now, and if not, why not (in words for them).</summary>
    public TriggerCheck Check(AuditTrigger trigger) => Check(trigger, action: null);

    /// <summary>Whether this person may complete this action now.</summary>
    public TriggerCheck CheckCompleteAction(AuditAction action) => Check(AuditTrigger.CompleteAction, action);

    /// <summary>Whether this person may fire this action trigger on this action now, and if not, why not.</summary>
    public TriggerCheck CheckAction(AuditTrigger trigger, AuditAction action) => Check(trigger, action);

    private TriggerCheck Check(AuditTrigger trigger, AuditAction? action)
    {
        if (!Shared.Offered.TryGetValue(audit.State, out var offered) || !offered.Contains(trigger))
        {
            return TriggerCheck.Refused(NotOfferedReason(trigger)
                ?? $"This audit is {audit.State.Display().ToLowerInvariant()}: you cannot {trigger.Display().ToLowerInvariant()} now");
        }

        using var binding = Bind();
        ICollection<string> unmet;
        var allowed = trigger switch
        {
            // Who may submit or change a grade does not depend on the grade: any will do for the question.
            AuditTrigger.Submit => Machine.CanFire(SubmitTrigger, AnySubmitDecision, out unmet),
            AuditTrigger.ChangeGrade => Machine.CanFire(ChangeGradeTrigger, Grade.RequiresImprovement, out unmet),
            _ when Shared.ActionTriggers.TryGetValue(trigger, out var withAction) => Machine.CanFire(withAction, action, out unmet),
            _ => Machine.CanFire(trigger, out unmet),
        };
        return allowed ? TriggerCheck.Allowed : TriggerCheck.Refused(ReasonFor(unmet.First()));
    }

    private static readonly SubmitDecision AnySubmitDecision = new(false, string.Empty);

    /// <summary>
    /// Why this overall grade cannot be given now — by the auditor submitting, or by a moderator changing it — or null.
    /// The grade must be on the tool's scale, and "did not meet the standard" needs corrective actions
    /// (<see cref="ScalePolicy"/>): at moderation, the way to add them is to return the audit to the auditor.
    /// </summary>
    public string? WhyNotGraded(Grade grade, GradeScale scale, int actions, bool atModeration = false) =>
        ScalePolicy.OffScale(scale, grade, audit.ToolKind)
        ?? ScalePolicy.WithoutActions(grade, actions, atModeration ? ScalePolicy.ReturnForActions : ScalePolicy.NotMetNeedsActions);

    public void Start() => Fire(AuditTrigger.Start);

    public void Submit(SubmitDecision decision)
    {
        using var binding = Bind();
        Machine.Fire(SubmitTrigger, decision);
    }

    public void AgreeGrade() => Fire(AuditTrigger.AgreeGrade);

    public void ChangeGrade(Grade grade)
    {
        using var binding = Bind();
        Machine.Fire(ChangeGradeTrigger, grade);
    }

    public void CompleteAction(AuditAction action) => FireAction(AuditTrigger.CompleteAction, action);

    /// <summary>Fires an action trigger (<see cref="ActionTriggerKinds"/>) for this action.</summary>
    public void FireAction(AuditTrigger trigger, AuditAction action)
    {
        using var binding = Bind();
        Machine.Fire(ActionTrigger(trigger), action);
    }

    public void Fire(AuditTrigger trigger)
    {
        using var binding = Bind();
        Machine.Fire(trigger);
    }

    /// <summary>The definition, for the diagram page: drawn from a blank audit seen by no one in particular.</summary>
    public static DeepDiveWorkflow Definition() => new(Shared.BlankAudit(), AuditActor.Nobody, new ModerationPolicy(new WorkflowSettings()));

    /// <summary>
    /// The machine and what it was configured with, made once (the type's initialisation is thread-safe). After that
    /// nothing in it changes: every state is configured, so Stateless never adds one while answering, and it fires
    /// immediately rather than through its queue, which is the one part of a Stateless machine that changes as it fires.
    /// </summary>
    private static class Shared
    {
        // Fields are initialised in this order; the guards' reasons are recorded while the machine is configured.
        public static readonly Dictionary<string, Func<DeepDiveWorkflow, string>?> LiveReasons = new(StringComparer.Ordinal);

        public static readonly DeepDiveWorkflow Blank = Definition();

        public static readonly StateMachine<AuditState, AuditTrigger> Machine = NewMachine();
        public static readonly StateMachine<AuditState, AuditTrigger>.TriggerWithParameters<SubmitDecision> Submit =
            Machine.SetTriggerParameters<SubmitDecision>(AuditTrigger.Submit);
        public static readonly StateMachine<AuditState, AuditTrigger>.TriggerWithParameters<Grade> ChangeGrade =
            Machine.SetTriggerParameters<Grade>(AuditTrigger.ChangeGrade);
        public static readonly Dictionary<AuditTrigger, StateMachine<AuditState, AuditTrigger>.TriggerWithParameters<AuditAction?>> ActionTriggers =
            ActionTriggerKinds.ToDictionary(t => t, t => Machine.SetTriggerParameters<AuditAction?>(t));

        public static readonly StateMachineInfo Info = Configure();

        /// <summary>The triggers each state offers at all (guards aside).</summary>
        public static readonly Dictionary<AuditState, HashSet<AuditTrigger>> Offered = Info.States.ToDictionary(
            s => (AuditState)s.UnderlyingState,
            s => s.Transitions.Select(t => (AuditTrigger)t.Trigger.UnderlyingTrigger).ToHashSet());

        public static CaseAudit BlankAudit() => new() { AuditorId = string.Empty, State = AuditState.Allocated };

        private static StateMachine<AuditState, AuditTrigger> NewMachine()
        {
            using var binding = Blank.Bind();
            return new StateMachine<AuditState, AuditTrigger>(() => Bound.audit.State, s => Bound.audit.State = s, FiringMode.Immediate);
        }

        private static StateMachineInfo Configure()
        {
            using var binding = Blank.Bind();
            Define(Machine);
            foreach (var state in Enum.GetValues<AuditState>())
            {
                Machine.Configure(state);
            }

            return Machine.GetInfo();
        }

        /// <summary>
        /// A guard for Stateless: the check made on the bound workflow, and the reason by which Stateless reports it.
        /// Two guards may share a reason only when it is worked out the same way, so the reason reported always finds
        /// the right words.
        /// </summary>
        public static Tuple<Func<bool>, string> Guard(Func<DeepDiveWorkflow, bool> check, string reason, Func<DeepDiveWorkflow, string>? live)
        {
            if (LiveReasons.TryGetValue(reason, out var known) && !ReferenceEquals(known, live))
            {
                throw new InvalidOperationException($"Two guards of the workflow give the reason \"{reason}\" in different ways");
            }

            LiveReasons[reason] = live;
            return Tuple.Create<Func<bool>, string>(() => check(Bound), reason);
        }
    }
}
