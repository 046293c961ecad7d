using Audit.Data.Models;
using Audit.Workflows.DeepDive;

namespace Audit.Tests.Workflows.DeepDive;

/// <summary>
/// Every state × trigger × person: allowed, or refused with the reason the person is given. The table of what is
/// allowed is written out here, independently of the definition, so a change to the rules must change this too.
/// </summary>
public sealed class DeepDiveWorkflowRulesTests
{
    public enum Persona
    {
        Auditor,
        QaLead,
        Moderator,
        ModeratorWhoAudited,
        CaseAssistantDirector,
        OtherAssistantDirector,
        CaseServiceManager,
        OtherServiceManager,
        TeamManager,
        Practitioner,
        ActionOwner,
    }

    private static readonly Dictionary<(AuditState, AuditTrigger), Persona[]> Allowed = new()
    {
        [(AuditState.Allocated, AuditTrigger.Start)] = [Persona.Auditor, Persona.ModeratorWhoAudited],
        [(AuditState.Allocated, AuditTrigger.Reallocate)] = [Persona.QaLead],
        [(AuditState.Allocated, AuditTrigger.Extend)] = [Persona.QaLead],
        [(AuditState.Allocated, AuditTrigger.Cancel)] = [Persona.QaLead],

        [(AuditState.InProgress, AuditTrigger.Submit)] = [Persona.Auditor, Persona.ModeratorWhoAudited],
        [(AuditState.InProgress, AuditTrigger.Reallocate)] = [Persona.QaLead],
        [(AuditState.InProgress, AuditTrigger.Extend)] = [Persona.QaLead],
        [(AuditState.InProgress, AuditTrigger.Cancel)] = [Persona.QaLead],

        [(AuditState.ReturnedToAuditor, AuditTrigger.Submit)] = [Persona.Auditor, Persona.ModeratorWhoAudited],
        [(AuditState.ReturnedToAuditor, AuditTrigger.Reallocate)] = [Persona.QaLead],
        [(AuditState.ReturnedToAuditor, AuditTrigger.Extend)] = [Persona.QaLead],
        [(AuditState.ReturnedToAuditor, AuditTrigger.Cancel)] = [Persona.QaLead],

        [(AuditState.AwaitingModeration, AuditTrigger.AgreeGrade)] = [Persona.Moderator],
        [(AuditState.AwaitingModeration, AuditTrigger.ChangeGrade)] = [Persona.Moderator],
        [(AuditState.AwaitingModeration, AuditTrigger.ReturnToAuditor)] = [Persona.Moderator],
        [(AuditState.AwaitingModeration, AuditTrigger.Cancel)] = [Persona.QaLead],

        [(AuditState.AwaitingCoSign, AuditTrigger.CoSign)] = [Persona.CaseAssistantDirector],
        [(AuditState.AwaitingCoSign, AuditTrigger.Cancel)] = [Persona.QaLead],

        [(AuditState.AwaitingReflectiveConversation, AuditTrigger.ScheduleConversation)] = [Persona.CaseServiceManager],
        [(AuditState.AwaitingReflectiveConversation, AuditTrigger.RecordConversation)] = [Persona.CaseServiceManager],
        [(AuditState.AwaitingReflectiveConversation, AuditTrigger.Cancel)] = [Persona.QaLead],

        [(AuditState.ActionsOutstanding, AuditTrigger.CompleteAction)] = [Persona.ActionOwner, Persona.QaLead],
        [(AuditState.ActionsOutstanding, AuditTrigger.Close)] = [], // an action is still open
        [(AuditState.ActionsOutstanding, AuditTrigger.Cancel)] = [Persona.QaLead],
    };

    /// <summary>The reason given to someone who may not fire a trigger that the state does offer.</summary>
    private static string PersonReason(AuditState state, AuditTrigger trigger, Persona persona) => trigger switch
    {
        AuditTrigger.Start => "Only the allocated auditor can start this audit",
        AuditTrigger.Submit when state == AuditState.ReturnedToAuditor => "Only the allocated auditor can resubmit this audit",
        AuditTrigger.Submit => "Only the allocated auditor can submit this audit",
        AuditTrigger.Reallocate => "Only a QA lead can reallocate this audit",
        AuditTrigger.Extend => "Only a QA lead can extend this audit",
        AuditTrigger.Cancel => "Only a QA lead can cancel this audit",
        AuditTrigger.AgreeGrade or AuditTrigger.ChangeGrade or AuditTrigger.ReturnToAuditor => persona == Persona.ModeratorWhoAudited
            ? "You cannot moderate an audit you completed yourself"
            : "Only a practice improvement manager can moderate this audit",
        AuditTrigger.CoSign => "Only the assistant director for this service's directorate can co-sign this audit",
        AuditTrigger.ScheduleConversation => "Only the service manager for this service can schedule the reflective conversation",
        AuditTrigger.RecordConversation => "Only the service manager for this service can record the reflective conversation",
        AuditTrigger.CompleteAction => "Only the person who owns an action, or a QA lead, can complete it",
        AuditTrigger.Close => "Every action must be completed before the audit can close",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger)),
    };

    public static TheoryData<AuditState, AuditTrigger> EveryStateAndTrigger()
    {
        var data = new TheoryData<AuditState, AuditTrigger>();
        foreach (var state in Enum.GetValues<AuditState>())
        {
            foreach (var trigger in Enum.GetValues<AuditTrigger>())
            {
                data.Add(state, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void EveryPerson_IsAllowedOrRefusedWithTheRightReason(AuditState state, AuditTrigger trigger)
    {
        foreach (var persona in Enum.GetValues<Persona>())
        {
            var check = new DeepDiveWorkflow(AuditIn(state), ActorFor(persona)).Check(trigger);

            if (!Allowed.TryGetValue((state, trigger), out var allowedPersonas))
            {
                Assert.False(check.IsAllowed, $"{persona} should not be able to {trigger} in {state}");
                Assert.Equal($"This audit is {state.Display().ToLowerInvariant()}: you cannot {trigger.Display().ToLowerInvariant()} now", check.Reason);
            }
            else if (allowedPersonas.Contains(persona))
            {
                Assert.True(check.IsAllowed, $"{persona} should be able to {trigger} in {state}, but: {check.Reason}");
            }
            else
            {
                Assert.False(check.IsAllowed, $"{persona} should not be able to {trigger} in {state}");
                Assert.Equal(PersonReason(state, trigger, persona), check.Reason);
            }
        }
    }

    [Fact]
    public void PermittedTriggers_AreExactlyTheAllowedOnes()
    {
        foreach (var state in Enum.GetValues<AuditState>())
        {
            foreach (var persona in Enum.GetValues<Persona>())
            {
                var expected = Allowed.Where(kv => kv.Key.Item1 == state && kv.Value.Contains(persona)).Select(kv => kv.Key.Item2).Order();

                var permitted = new DeepDiveWorkflow(AuditIn(state), ActorFor(persona)).PermittedTriggers().Order();

                Assert.Equal(expected, permitted);
            }
        }
    }

    [Fact]
    public void Close_IsAllowed_OnceEveryActionIsComplete()
    {
        var audit = AuditIn(AuditState.ActionsOutstanding);
        audit.Actions[0].CompletedAt = DateTimeOffset.UtcNow;

        Assert.True(new DeepDiveWorkflow(audit, ActorFor(Persona.QaLead)).Check(AuditTrigger.Close).IsAllowed);
    }

    [Theory]
    [InlineData(true, AuditState.AwaitingModeration)]
    [InlineData(false, AuditState.Closed)]
    public void Submit_GoesWhereTheModerationDecisionSays(bool moderationRequired, AuditState expected)
    {
        var audit = AuditIn(AuditState.InProgress);
        audit.Actions.Clear();

        new DeepDiveWorkflow(audit, ActorFor(Persona.Auditor)).Submit(new SubmitDecision(moderationRequired, "test"));

        Assert.Equal(expected, audit.State);
    }

    [Theory]
    [InlineData(Grade.Outstanding, AuditState.AwaitingCoSign)]
    [InlineData(Grade.Good, AuditState.AwaitingCoSign)]
    [InlineData(Grade.RequiresImprovement, AuditState.ActionsOutstanding)]
    [InlineData(Grade.Inadequate, AuditState.AwaitingReflectiveConversation)]
    public void ChangeGrade_GoesWhereTheNewGradeLeads(Grade grade, AuditState expected)
    {
        var audit = AuditIn(AuditState.AwaitingModeration);

        new DeepDiveWorkflow(audit, ActorFor(Persona.Moderator)).ChangeGrade(grade);

        Assert.Equal(expected, audit.State);
    }

    [Fact]
    public void Definition_ExportsAMermaidDiagram_WithEveryState()
    {
        var mermaid = DeepDiveWorkflow.Definition().ToMermaid();

        Assert.StartsWith("stateDiagram-v2", mermaid.TrimStart(), StringComparison.Ordinal);
        foreach (var state in Enum.GetValues<AuditState>())
        {
            Assert.Contains(state.ToString(), mermaid, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Diagram_NamesEveryState_LabelsArrowsWithoutGuards_AndHighlightsOnlyTheCurrentState()
    {
        var diagram = DeepDiveWorkflow.Definition().ToDiagram(AuditState.AwaitingCoSign);

        foreach (var state in Enum.GetValues<AuditState>())
        {
            Assert.Contains($"state \"{state.Display()}\" as {state}", diagram, StringComparison.Ordinal);
        }

        Assert.Contains("Allocated --> InProgress : Start audit", diagram, StringComparison.Ordinal);
        Assert.Contains("AwaitingCoSign", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain("Only ", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain("--> Cancelled", diagram, StringComparison.Ordinal);
        Assert.Single(diagram.Split('\n'), line => line.Trim() == "class AwaitingCoSign current");
    }

    private static CaseAudit AuditIn(AuditState state) => new()
    {
        AuditorId = "auditor",
        State = state,
        FinalGrade = Grade.RequiresImprovement,
        Actions = [new AuditAction { Description = "Update the plan", OwnerId = "owner" }],
    };

    private static AuditActor ActorFor(Persona persona) => persona switch
    {
        Persona.Auditor => new("auditor", Set(Roles.Auditor), IsAuditor: true),
        Persona.QaLead => new("qa", Set(Roles.QaLead)),
        Persona.Moderator => new("pim", Set(Roles.PracticeImprovementManager, Roles.Auditor)),
        Persona.ModeratorWhoAudited => new("auditor", Set(Roles.PracticeImprovementManager, Roles.Auditor), IsAuditor: true),
        Persona.CaseAssistantDirector => new("ad", Set(Roles.AssistantDirector), IsAssistantDirectorOfCase: true),
        Persona.OtherAssistantDirector => new("ad2", Set(Roles.AssistantDirector)),
        Persona.CaseServiceManager => new("sm", Set(Roles.ServiceManager), IsServiceManagerOfCase: true),
        Persona.OtherServiceManager => new("sm2", Set(Roles.ServiceManager)),
        Persona.TeamManager => new("tm", Set(Roles.TeamManager), IsTeamManagerOfCase: true),
        Persona.Practitioner => new("sw", Set(Roles.Practitioner), IsPractitioner: true),
        Persona.ActionOwner => new("owner", Set(Roles.TeamManager), OwnsOpenAction: true),
        _ => throw new ArgumentOutOfRangeException(nameof(persona)),
    };

    private static HashSet<string> Set(params string[] roles) => [.. roles];
}
