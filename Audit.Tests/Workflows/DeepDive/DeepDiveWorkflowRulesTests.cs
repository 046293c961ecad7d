using Audit.Data.Models;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Stages;
using Audit.Workflows.Extensions;

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
        ModeratorWhoManagesThePractitioner,
        CaseAssistantDirector,
        OtherAssistantDirector,
        CaseServiceManager,
        OtherServiceManager,
        StandIn,
        TeamManager,
        Practitioner,
        ActionOwner,
    }

    private static readonly Persona[] TheAuditor = [Persona.Auditor, Persona.ModeratorWhoAudited];

    private static readonly Dictionary<(AuditState, AuditTrigger), Persona[]> Allowed = new()
    {
        [(AuditState.Allocated, AuditTrigger.Start)] = TheAuditor,
        [(AuditState.Allocated, AuditTrigger.RaiseImmediateResponse)] = TheAuditor,
        [(AuditState.Allocated, AuditTrigger.Reallocate)] = [Persona.QaLead],
        [(AuditState.Allocated, AuditTrigger.Extend)] = [Persona.QaLead],
        [(AuditState.Allocated, AuditTrigger.RequestExtension)] = TheAuditor,
        [(AuditState.Allocated, AuditTrigger.DecideExtension)] = [], // no request is open
        [(AuditState.Allocated, AuditTrigger.Cancel)] = [Persona.QaLead],

        [(AuditState.InProgress, AuditTrigger.RecordAnswers)] = TheAuditor,
        [(AuditState.InProgress, AuditTrigger.Submit)] = TheAuditor,
        [(AuditState.InProgress, AuditTrigger.RaiseImmediateResponse)] = TheAuditor,
        [(AuditState.InProgress, AuditTrigger.Reallocate)] = [Persona.QaLead],
        [(AuditState.InProgress, AuditTrigger.Extend)] = [Persona.QaLead],
        [(AuditState.InProgress, AuditTrigger.RequestExtension)] = TheAuditor,
        [(AuditState.InProgress, AuditTrigger.DecideExtension)] = [], // no request is open
        [(AuditState.InProgress, AuditTrigger.Cancel)] = [Persona.QaLead],

        [(AuditState.ReturnedToAuditor, AuditTrigger.RecordAnswers)] = TheAuditor,
        [(AuditState.ReturnedToAuditor, AuditTrigger.Submit)] = TheAuditor,
        [(AuditState.ReturnedToAuditor, AuditTrigger.RaiseImmediateResponse)] = TheAuditor,
        [(AuditState.ReturnedToAuditor, AuditTrigger.Reallocate)] = [Persona.QaLead],
        [(AuditState.ReturnedToAuditor, AuditTrigger.Extend)] = [Persona.QaLead],
        [(AuditState.ReturnedToAuditor, AuditTrigger.RequestExtension)] = TheAuditor,
        [(AuditState.ReturnedToAuditor, AuditTrigger.DecideExtension)] = [], // no request is open
        [(AuditState.ReturnedToAuditor, AuditTrigger.Cancel)] = [Persona.QaLead],

        [(AuditState.AwaitingModeration, AuditTrigger.TakeForModeration)] = [Persona.Moderator],
        [(AuditState.AwaitingModeration, AuditTrigger.ReleaseModeration)] = [], // no one has taken it
        [(AuditState.AwaitingModeration, AuditTrigger.AgreeGrade)] = [Persona.Moderator],
        [(AuditState.AwaitingModeration, AuditTrigger.ChangeGrade)] = [Persona.Moderator],
        [(AuditState.AwaitingModeration, AuditTrigger.ReturnToAuditor)] = [Persona.Moderator],
        [(AuditState.AwaitingModeration, AuditTrigger.RaiseImmediateResponse)] = TheAuditor,
        [(AuditState.AwaitingModeration, AuditTrigger.Cancel)] = [Persona.QaLead],

        [(AuditState.AwaitingCoSign, AuditTrigger.CoSign)] = [Persona.CaseAssistantDirector, Persona.StandIn],
        [(AuditState.AwaitingCoSign, AuditTrigger.SendBackToModeration)] = [Persona.CaseAssistantDirector, Persona.StandIn],
        [(AuditState.AwaitingCoSign, AuditTrigger.NameStandIn)] = [Persona.QaLead],
        [(AuditState.AwaitingCoSign, AuditTrigger.RaiseImmediateResponse)] = TheAuditor,
        [(AuditState.AwaitingCoSign, AuditTrigger.Cancel)] = [Persona.QaLead],

        [(AuditState.AwaitingReflectiveConversation, AuditTrigger.ScheduleConversation)] = [Persona.CaseServiceManager, Persona.StandIn],
        [(AuditState.AwaitingReflectiveConversation, AuditTrigger.CancelConversation)] = [], // none is scheduled
        [(AuditState.AwaitingReflectiveConversation, AuditTrigger.AnswerInvitation)] = [], // none is scheduled
        [(AuditState.AwaitingReflectiveConversation, AuditTrigger.DecideProposal)] = [], // no one has proposed a time
        [(AuditState.AwaitingReflectiveConversation, AuditTrigger.RecordConversation)] = [Persona.CaseServiceManager, Persona.StandIn],
        [(AuditState.AwaitingReflectiveConversation, AuditTrigger.NameStandIn)] = [Persona.QaLead],
        [(AuditState.AwaitingReflectiveConversation, AuditTrigger.RaiseImmediateResponse)] = TheAuditor,
        [(AuditState.AwaitingReflectiveConversation, AuditTrigger.Cancel)] = [Persona.QaLead],
        [(AuditState.AwaitingReflectiveConversation, AuditTrigger.WriteReflections)] = [Persona.Practitioner],
        [(AuditState.AwaitingReflectiveConversation, AuditTrigger.RespondToFindings)] = [Persona.Practitioner],

        [(AuditState.ActionsOutstanding, AuditTrigger.RecordActionProgress)] = [Persona.ActionOwner],
        [(AuditState.ActionsOutstanding, AuditTrigger.CompleteAction)] = [Persona.ActionOwner],
        [(AuditState.ActionsOutstanding, AuditTrigger.ConfirmAction)] = [.. TheAuditor, Persona.ModeratorWhoManagesThePractitioner, Persona.TeamManager],
        [(AuditState.ActionsOutstanding, AuditTrigger.ReopenAction)] = [.. TheAuditor, Persona.ModeratorWhoManagesThePractitioner, Persona.TeamManager],
        [(AuditState.ActionsOutstanding, AuditTrigger.ChangeAction)] = [.. TheAuditor, Persona.QaLead],
        [(AuditState.ActionsOutstanding, AuditTrigger.Close)] = [Persona.QaLead], // early, with a reason; otherwise Audit closes it
        [(AuditState.ActionsOutstanding, AuditTrigger.RaiseImmediateResponse)] = TheAuditor,
        [(AuditState.ActionsOutstanding, AuditTrigger.Cancel)] = [Persona.QaLead],
        [(AuditState.ActionsOutstanding, AuditTrigger.WriteReflections)] = [], // graded requires improvement: no conversation to reflect on
        [(AuditState.ActionsOutstanding, AuditTrigger.RespondToFindings)] = [Persona.Practitioner],

        [(AuditState.Closed, AuditTrigger.WriteReflections)] = [],
        [(AuditState.Closed, AuditTrigger.RespondToFindings)] = [Persona.Practitioner],
    };

    /// <summary>The reason given to someone who may not fire a trigger that the state does offer.</summary>
    private static string PersonReason(AuditState state, AuditTrigger trigger, Persona persona) => trigger switch
    {
        AuditTrigger.Start => "Only the allocated auditor can start this audit",
        AuditTrigger.Submit when state == AuditState.ReturnedToAuditor => "Only the allocated auditor can resubmit this audit",
        AuditTrigger.Submit => "Only the allocated auditor can submit this audit",
        AuditTrigger.RecordAnswers => "Only the allocated auditor can change this audit",
        AuditTrigger.RaiseImmediateResponse => "Only the allocated auditor can raise an immediate response on this audit",
        AuditTrigger.Reallocate => "Only a QA lead can reallocate this audit",
        AuditTrigger.Extend => "Only a QA lead can extend this audit",
        AuditTrigger.RequestExtension => ExtensionPolicy.OnlyTheAuditorAsks,
        AuditTrigger.DecideExtension => ExtensionPolicy.NothingToDecide,
        AuditTrigger.Cancel => "Only a QA lead can cancel this audit",
        AuditTrigger.NameStandIn => "Only a QA lead can name a stand-in for this audit",
        AuditTrigger.ReleaseModeration => "No one has taken this audit for moderation",
        AuditTrigger.TakeForModeration or AuditTrigger.AgreeGrade or AuditTrigger.ChangeGrade or AuditTrigger.ReturnToAuditor => persona switch
        {
            Persona.ModeratorWhoAudited => "You cannot moderate an audit you completed yourself",
            Persona.ModeratorWhoManagesThePractitioner => "You cannot moderate an audit of a case where you manage the practitioner",
            _ => "Only a practice improvement manager can moderate this audit",
        },
        AuditTrigger.CoSign => "Only the assistant director for this service, or their stand-in, can co-sign this audit",
        AuditTrigger.SendBackToModeration => "Only the assistant director for this service, or their stand-in, can send back this audit",
        AuditTrigger.ScheduleConversation => "Only the service manager for this service, or their stand-in, can schedule the reflective conversation for this audit",
        AuditTrigger.RecordConversation => "Only the service manager for this service, or their stand-in, can record the reflective conversation for this audit",
        AuditTrigger.RecordActionProgress => Audit.Workflows.Actions.ActionPolicy.OnlyTheOwnerProgresses,
        AuditTrigger.CompleteAction => Audit.Workflows.Actions.ActionPolicy.OnlyTheOwnerCompletes,
        AuditTrigger.ConfirmAction => Audit.Workflows.Actions.ActionPolicy.OnlyConfirmers,
        AuditTrigger.ReopenAction => Audit.Workflows.Actions.ActionPolicy.OnlyReopeners,
        AuditTrigger.ChangeAction => Audit.Workflows.Actions.ActionPolicy.OnlyChangers,
        AuditTrigger.Close => "Only a QA lead can close this audit before its actions are confirmed",
        AuditTrigger.WriteReflections when persona == Persona.Practitioner => "Reflections follow the reflective conversation, and this audit did not need one",
        AuditTrigger.WriteReflections => "Only the practitioner whose work was audited can write their reflections: no one can write them for them",
        AuditTrigger.RespondToFindings => "Only the practitioner whose work was audited can respond to its findings",
        AuditTrigger.CancelConversation or AuditTrigger.AnswerInvitation => "No reflective conversation is scheduled for this audit",
        AuditTrigger.DecideProposal => "No one has proposed another time for the reflective conversation",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger)),
    };

    /// <summary>Why a trigger is not offered in a state, where the workflow says more than "you cannot … now".</summary>
    private static string NotOfferedReason(AuditState state, AuditTrigger trigger) => (trigger, state) switch
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
        (AuditTrigger.RaiseImmediateResponse, _) => $"This audit is {state.Display().ToLowerInvariant()}. Raise the concern through the safeguarding route in the case management system",
        _ => $"This audit is {state.Display().ToLowerInvariant()}: you cannot {trigger.Display().ToLowerInvariant()} now",
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
            var check = Workflow(AuditIn(state), ActorFor(persona)).Check(trigger);

            if (!Allowed.TryGetValue((state, trigger), out var allowedPersonas))
            {
                Assert.False(check.IsAllowed, $"{persona} should not be able to {trigger} in {state}");
                Assert.Equal(NotOfferedReason(state, trigger), check.Reason);
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

                var permitted = Workflow(AuditIn(state), ActorFor(persona)).PermittedTriggers().Order();

                Assert.Equal(expected, permitted);
            }
        }
    }

    [Fact]
    public void TakenAudit_IsTheTakersToModerate_AndOnlyTheyOrAQaLeadMayReleaseIt()
    {
        var audit = AuditIn(AuditState.AwaitingModeration);
        audit.ModerationTakenById = "pim2";
        audit.ModerationTakenBy = new StaffMember { Id = "pim2", FullName = "Pip Other" };
        var taker = new AuditActor("pim2", Set(Roles.PracticeImprovementManager));

        var other = Workflow(audit, ActorFor(Persona.Moderator));

        Assert.Equal("Pip Other has taken this audit for moderation", other.Check(AuditTrigger.AgreeGrade).Reason);
        Assert.Equal("Pip Other has taken this audit for moderation", other.Check(AuditTrigger.TakeForModeration).Reason);
        Assert.Equal("Only Pip Other, who took this audit, or a QA lead can release it", other.Check(AuditTrigger.ReleaseModeration).Reason);
        Assert.True(Workflow(audit, taker).Check(AuditTrigger.AgreeGrade).IsAllowed);
        Assert.True(Workflow(audit, taker).Check(AuditTrigger.ReleaseModeration).IsAllowed);
        Assert.Equal("You have already taken this audit for moderation", Workflow(audit, taker).Check(AuditTrigger.TakeForModeration).Reason);
        Assert.True(Workflow(audit, ActorFor(Persona.QaLead)).Check(AuditTrigger.ReleaseModeration).IsAllowed);
    }

    [Theory]
    [InlineData(AuditState.AwaitingCoSign, AuditTrigger.CoSign, "assistant director")]
    [InlineData(AuditState.AwaitingReflectiveConversation, AuditTrigger.RecordConversation, "service manager")]
    public void VacantPost_GoesToTheQaLeads_WhoMayActForIt(AuditState state, AuditTrigger trigger, string post)
    {
        var audit = AuditIn(state);
        var area = audit.CaseFile!.Team!.ServiceArea!;
        area.ServiceManager!.IsActive = false;
        area.Directorate!.AssistantDirector!.IsActive = false;
        var actingQaLead = new AuditActor("qa", Set(Roles.QaLead), ActsForVacantPost: true);

        Assert.True(StageHolding.IsVacant(audit));
        Assert.Equal((null, Roles.QaLead), (StageHolding.For(audit).StaffId, StageHolding.For(audit).PoolRole));
        Assert.Contains($"acting for the {post}", StageHolding.For(audit).Description, StringComparison.Ordinal);
        Assert.True(Workflow(audit, actingQaLead).Check(trigger).IsAllowed);
        Assert.Equal($"There is no {post} who can act for this service: a QA lead can act for them, or name a stand-in",
            Workflow(audit, ActorFor(Persona.Practitioner)).Check(trigger).Reason);
    }

    [Fact]
    public void StandIn_HoldsTheStage_OnlyWhileTheAuditIsInTheStateTheyWereNamedFor()
    {
        var audit = AuditIn(AuditState.AwaitingCoSign);
        audit.StandInId = "deputy";
        audit.StandIn = new StaffMember { Id = "deputy", FullName = "Dee Deputy" };
        audit.StandInState = AuditState.AwaitingCoSign;

        Assert.Equal(("deputy", "Dee Deputy (standing in for the assistant director)"), (StageHolding.For(audit).StaffId, StageHolding.For(audit).Description));
        audit.State = AuditState.AwaitingReflectiveConversation;
        Assert.Null(StageHolding.StandInId(audit));
        Assert.Equal("sm", StageHolding.For(audit).StaffId);
    }

    [Fact]
    public void ScheduledConversation_IsAnsweredByThoseInvited_AndCancelledOrItsProposalsDecidedByTheServiceManager()
    {
        var audit = AuditIn(AuditState.AwaitingReflectiveConversation);
        var proposer = new ConversationInvitee { Id = 7, StaffId = "tm", Answer = InvitationAnswer.ProposedNewTime, ProposedStart = DateTimeOffset.UtcNow.AddDays(3), ProposedEnd = DateTimeOffset.UtcNow.AddDays(3).AddHours(1) };
        audit.Conversations.Add(new ReflectiveConversation
        {
            Id = 1, Uid = "u@test", Location = "Room 4", OrganiserId = "sm",
            Invitees = [new ConversationInvitee { StaffId = "sw" }, proposer],
        });
        var invited = ActorFor(Persona.Practitioner) with { IsConversationInvitee = true };

        Assert.True(Workflow(audit, invited).Check(AuditTrigger.AnswerInvitation).IsAllowed);
        Assert.Equal("Only the people invited to the reflective conversation can answer its invitation",
            Workflow(audit, ActorFor(Persona.OtherServiceManager)).Check(AuditTrigger.AnswerInvitation).Reason);
        Assert.True(Workflow(audit, ActorFor(Persona.CaseServiceManager)).Check(AuditTrigger.CancelConversation).IsAllowed);
        Assert.True(Workflow(audit, ActorFor(Persona.CaseServiceManager)).Check(AuditTrigger.DecideProposal).IsAllowed);
        Assert.Equal("Only the service manager for this service, or their stand-in, can decide on a proposed time for this audit",
            Workflow(audit, invited).Check(AuditTrigger.DecideProposal).Reason);
        Assert.Equal("Only the service manager for this service, or their stand-in, can cancel the reflective conversation for this audit",
            Workflow(audit, ActorFor(Persona.OtherServiceManager)).Check(AuditTrigger.CancelConversation).Reason);

        proposer.ProposalDeclinedAt = DateTimeOffset.UtcNow;
        Assert.Equal("No one has proposed another time for the reflective conversation", Workflow(audit, ActorFor(Persona.CaseServiceManager)).Check(AuditTrigger.DecideProposal).Reason);
    }

    [Fact]
    public void CompletingAnAction_IsForItsOwner_NotTheOwnerOfAnother()
    {
        var audit = AuditIn(AuditState.ActionsOutstanding);
        var someoneElses = new AuditAction { Id = 2, Description = "Another", OwnerId = "someone-else" };
        audit.Actions.Add(someoneElses);
        var owner = Workflow(audit, ActorFor(Persona.ActionOwner));

        Assert.True(owner.CheckCompleteAction(audit.Actions[0]).IsAllowed);
        Assert.Equal(Audit.Workflows.Actions.ActionPolicy.OnlyTheOwnerCompletes, owner.CheckCompleteAction(someoneElses).Reason);
        Assert.Equal(Audit.Workflows.Actions.ActionPolicy.OnlyTheOwnerCompletes, Workflow(audit, ActorFor(Persona.QaLead)).CheckCompleteAction(someoneElses).Reason);
    }

    [Fact]
    public void Close_IsAuditsOwnStep_OnceEveryActionIsConfirmed_NotMerelyCompleted()
    {
        var audit = AuditIn(AuditState.ActionsOutstanding);
        audit.Actions[0].CompletedAt = DateTimeOffset.UtcNow;

        Assert.Equal("Every action must be confirmed before the audit can close", Workflow(audit, AuditActor.System).Check(AuditTrigger.Close).Reason);
        audit.Actions[0].ConfirmedAt = DateTimeOffset.UtcNow;
        Assert.True(Workflow(audit, AuditActor.System).Check(AuditTrigger.Close).IsAllowed);
        Assert.Equal("Only a QA lead can close this audit before its actions are confirmed", Workflow(audit, ActorFor(Persona.Auditor)).Check(AuditTrigger.Close).Reason);
    }

    [Fact]
    public void ConfirmingAnAction_NeedsItMarkedComplete_AndNotByTheConfirmer()
    {
        var audit = AuditIn(AuditState.ActionsOutstanding);
        var action = audit.Actions[0];
        var teamManager = Workflow(audit, ActorFor(Persona.TeamManager));

        Assert.Equal(Audit.Workflows.Actions.ActionPolicy.NotYetComplete, teamManager.CheckAction(AuditTrigger.ConfirmAction, action).Reason);
        action.CompletedAt = DateTimeOffset.UtcNow;
        action.CompletedById = "tm";
        Assert.Equal(Audit.Workflows.Actions.ActionPolicy.NotYourOwnCompletion, teamManager.CheckAction(AuditTrigger.ConfirmAction, action).Reason);
        Assert.True(Workflow(audit, ActorFor(Persona.Auditor)).CheckAction(AuditTrigger.ConfirmAction, action).IsAllowed);
        Assert.Equal(Audit.Workflows.Actions.ActionPolicy.AwaitingConfirmation, Workflow(audit, ActorFor(Persona.ActionOwner)).CheckAction(AuditTrigger.CompleteAction, action).Reason);
    }

    [Theory]
    [InlineData(true, AuditState.AwaitingModeration)]
    [InlineData(false, AuditState.Closed)]
    public void Submit_GoesWhereTheModerationDecisionSays(bool moderationRequired, AuditState expected)
    {
        var audit = AuditIn(AuditState.InProgress);
        audit.Actions.Clear();

        Workflow(audit, ActorFor(Persona.Auditor)).Submit(new SubmitDecision(moderationRequired, "test"));

        Assert.Equal(expected, audit.State);
    }

    [Theory]
    [InlineData(Grade.Outstanding, true, AuditState.AwaitingCoSign)]
    [InlineData(Grade.Good, true, AuditState.AwaitingCoSign)]
    [InlineData(Grade.RequiresImprovement, true, AuditState.ActionsOutstanding)]
    [InlineData(Grade.Inadequate, true, AuditState.AwaitingCoSign)]
    [InlineData(Grade.Inadequate, false, AuditState.AwaitingReflectiveConversation)]
    [InlineData(Grade.Good, false, AuditState.ActionsOutstanding)]
    public void ChangeGrade_GoesWhereTheNewGradeAndTheAssistantDirectorSettingLead(Grade grade, bool assistantDirectorSeesIt, AuditState expected)
    {
        var audit = AuditIn(AuditState.AwaitingModeration);
        var settings = new WorkflowSettings { AssistantDirectorForInadequate = assistantDirectorSeesIt, AssistantDirectorForGood = assistantDirectorSeesIt };

        new DeepDiveWorkflow(audit, ActorFor(Persona.Moderator), new ModerationPolicy(settings)).ChangeGrade(grade);

        Assert.Equal(expected, audit.State);
    }

    [Theory]
    [InlineData(Grade.Inadequate, AuditState.AwaitingReflectiveConversation)]
    [InlineData(Grade.Good, AuditState.ActionsOutstanding)]
    public void CoSign_OfInadequate_LeadsToTheReflectiveConversation(Grade grade, AuditState expected)
    {
        var audit = AuditIn(AuditState.AwaitingCoSign);
        audit.FinalGrade = grade;

        Workflow(audit, ActorFor(Persona.CaseAssistantDirector)).Fire(AuditTrigger.CoSign);

        Assert.Equal(expected, audit.State);
    }

    [Fact]
    public void Definition_ExportsAMermaidDiagram_WithEveryState()
    {
        var mermaid = DeepDiveDiagram.ToMermaid();

        Assert.StartsWith("stateDiagram-v2", mermaid.TrimStart(), StringComparison.Ordinal);
        foreach (var state in Enum.GetValues<AuditState>())
        {
            Assert.Contains(state.ToString(), mermaid, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Diagram_NamesEveryState_LabelsArrowsWithoutGuards_AndHighlightsOnlyTheCurrentState()
    {
        var diagram = DeepDiveDiagram.ToDiagram(AuditState.AwaitingCoSign);

        foreach (var state in Enum.GetValues<AuditState>())
        {
            Assert.Contains($"state \"{state.Display()}\" as {state}", diagram, StringComparison.Ordinal);
        }

        Assert.Contains("Allocated --> InProgress : Start audit", diagram, StringComparison.Ordinal);
        Assert.Contains("AwaitingCoSign --> AwaitingModeration : Send back to moderation", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain("Only ", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain("--> Cancelled", diagram, StringComparison.Ordinal);
        Assert.Single(diagram.Split('\n'), line => line.Trim() == "class AwaitingCoSign current");
    }

    [Fact]
    public void NextStates_FromModeration_AreTheDecisionsDestinations()
    {
        Assert.Equal(
            [AuditState.AwaitingCoSign, AuditState.ReturnedToAuditor, AuditState.AwaitingReflectiveConversation, AuditState.ActionsOutstanding, AuditState.Closed],
            DeepDiveDiagram.NextStates(AuditState.AwaitingModeration));
        Assert.Empty(DeepDiveDiagram.NextStates(AuditState.Closed));
    }

    private static DeepDiveWorkflow Workflow(CaseAudit audit, AuditActor actor) => new(audit, actor, new ModerationPolicy(new WorkflowSettings()));

    /// <summary>An audit of a case whose posts are all filled by active people, with one open action.</summary>
    private static CaseAudit AuditIn(AuditState state) => new()
    {
        AuditorId = "auditor",
        State = state,
        // A settled grade was confirmed on the way; only a confirmed inadequate reaches the reflective conversation.
        FinalGrade = state == AuditState.AwaitingReflectiveConversation ? Grade.Inadequate : Grade.RequiresImprovement,
        GradeConfirmedAt = state.IsGradeSettled() ? DateTimeOffset.UnixEpoch : null,
        CaseFile = new CaseFile
        {
            Reference = "LCS-1",
            PractitionerId = "sw",
            Team = new Team
            {
                Name = "Team",
                TeamManagerId = "tm",
                ServiceArea = new ServiceArea
                {
                    Name = "Service",
                    ServiceManagerId = "sm",
                    ServiceManager = new StaffMember { Id = "sm", FullName = "Sasha Manager" },
                    Directorate = new Directorate
                    {
                        Name = "Directorate",
                        AssistantDirectorId = "ad",
                        AssistantDirector = new StaffMember { Id = "ad", FullName = "Ada Director" },
                    },
                },
            },
        },
        Actions = [new AuditAction { Id = 1, Description = "Update the plan", OwnerId = "owner" }],
    };

    private static AuditActor ActorFor(Persona persona) => persona switch
    {
        Persona.Auditor => new("auditor", Set(Roles.Auditor), IsAuditor: true),
        Persona.QaLead => new("qa", Set(Roles.QaLead)),
        Persona.Moderator => new("pim", Set(Roles.PracticeImprovementManager, Roles.Auditor)),
        Persona.ModeratorWhoAudited => new("auditor", Set(Roles.PracticeImprovementManager, Roles.Auditor), IsAuditor: true),
        Persona.ModeratorWhoManagesThePractitioner => new("tm", Set(Roles.PracticeImprovementManager, Roles.TeamManager), IsTeamManagerOfCase: true),
        Persona.CaseAssistantDirector => new("ad", Set(Roles.AssistantDirector), IsAssistantDirectorOfCase: true),
        Persona.OtherAssistantDirector => new("ad2", Set(Roles.AssistantDirector)),
        Persona.CaseServiceManager => new("sm", Set(Roles.ServiceManager), IsServiceManagerOfCase: true),
        Persona.OtherServiceManager => new("sm2", Set(Roles.ServiceManager)),
        Persona.StandIn => new("deputy", Set(Roles.AssistantDirector, Roles.ServiceManager), IsStandIn: true),
        Persona.TeamManager => new("tm", Set(Roles.TeamManager), IsTeamManagerOfCase: true),
        Persona.Practitioner => new("sw", Set(Roles.Practitioner), IsPractitioner: true),
        Persona.ActionOwner => new("owner", Set(Roles.TeamManager)) { OwnsOpenAction = true },
        _ => throw new ArgumentOutOfRangeException(nameof(persona)),
    };

    private static HashSet<string> Set(params string[] roles) => [.. roles];
}
