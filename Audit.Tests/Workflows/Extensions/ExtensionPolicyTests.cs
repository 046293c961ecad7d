using Audit.Data.Models;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Extensions;

namespace Audit.Tests.Workflows.Extensions;

/// <summary>Asking for more time and deciding on it, as the workflow answers with a request open.</summary>
public sealed class ExtensionPolicyTests
{
    private static readonly AuditActor Auditor = new("auditor", new HashSet<string> { Roles.Auditor }, IsAuditor: true);
    private static readonly AuditActor QaLead = new("lead", new HashSet<string> { Roles.QaLead });

    [Theory]
    [InlineData(AuditState.Allocated)]
    [InlineData(AuditState.InProgress)]
    [InlineData(AuditState.ReturnedToAuditor)]
    public void WithARequestOpen_TheAuditorCannotAskAgain_AndOnlyAQaLeadDecides(AuditState state)
    {
        var audit = AuditWithRequestBy("auditor", state);

        Assert.Equal(ExtensionPolicy.AlreadyAsked, Workflow(audit, Auditor).Check(AuditTrigger.RequestExtension).Reason);
        Assert.Equal(ExtensionPolicy.OnlyAQaLeadDecides, Workflow(audit, Auditor).Check(AuditTrigger.DecideExtension).Reason);
        Assert.True(Workflow(audit, QaLead).Check(AuditTrigger.DecideExtension).IsAllowed);
    }

    [Fact]
    public void ARequestByTheAuditorBeforeAReallocation_NoLongerCounts()
    {
        var audit = AuditWithRequestBy("previous", AuditState.InProgress);

        Assert.True(Workflow(audit, Auditor).Check(AuditTrigger.RequestExtension).IsAllowed);
        Assert.Equal(ExtensionPolicy.NothingToDecide, Workflow(audit, QaLead).Check(AuditTrigger.DecideExtension).Reason);
    }

    [Fact]
    public void ADecidedRequest_LeavesTheAuditorFreeToAskAgain()
    {
        var audit = AuditWithRequestBy("auditor", AuditState.InProgress);
        audit.ExtensionRequests[0].Status = ExtensionRequestStatus.Declined;

        Assert.True(Workflow(audit, Auditor).Check(AuditTrigger.RequestExtension).IsAllowed);
    }

    [Fact]
    public void AnOpenRequest_CannotBeDecided_OnceTheAuditIsSubmitted()
    {
        var audit = AuditWithRequestBy("auditor", AuditState.AwaitingModeration);

        Assert.Equal(ExtensionPolicy.NoLongerWithTheAuditor, Workflow(audit, QaLead).Check(AuditTrigger.DecideExtension).Reason);
    }

    private static CaseAudit AuditWithRequestBy(string requestedBy, AuditState state) => new()
    {
        AuditorId = "auditor",
        State = state,
        ExtensionRequests = [new ExtensionRequest { RequestedById = requestedBy, Reason = "Leave", Status = ExtensionRequestStatus.Open }],
    };

    private static DeepDiveWorkflow Workflow(CaseAudit audit, AuditActor actor) => new(audit, actor, new ModerationPolicy(new WorkflowSettings()));
}
