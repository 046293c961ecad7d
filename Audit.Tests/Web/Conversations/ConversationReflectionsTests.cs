using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Conversations;

/// <summary>Recording the conversation is the service manager's; the reflections stay the practitioner's own words.</summary>
public sealed class ConversationReflectionsTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    [Fact]
    public async Task Record_AfterThePractitionerWroteTheirReflections_KeepsTheirReflections()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        using var practitioner = await SignedInAsync(app, scenario.Practitioner);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);
        await practitioner.SubmitAsync(await practitioner.GetPageAsync($"/audits/{scenario.AuditId}/practitioner/reflections"),
            new Dictionary<string, string> { ["Input.Reflections"] = "I will see the children on their own." });
        var writtenAt = (await scenario.AuditAsync()).PractitionerReflectionsAt;
        var fields = new Dictionary<string, string>(ConversationSteps.Date("HeldOn", Audit.Workflows.Common.UkTime.Today(TimeProvider.System)))
        {
            ["Input.Learning"] = "Plans need timescales",
            ["Input.EarlierReason"] = "We met in supervision",
        };
        foreach (var (key, value) in ConversationSteps.AgreedAction(0, "Add timescales to the plan", scenario.Practitioner.Id,
            Audit.Workflows.Common.UkTime.Today(TimeProvider.System).AddDays(14)))
        {
            fields[key] = value;
        }

        var (_, recorded) = await manager.SubmitAsync(await manager.GetPageAsync($"/audits/{scenario.AuditId}/record-conversation"), fields);

        Assert.Equal("You have recorded the reflective conversation", recorded.SuccessBanner());
        var audit = await scenario.AuditAsync();
        Assert.NotEqual(AuditState.AwaitingReflectiveConversation, audit.State);
        Assert.Equal("Plans need timescales", audit.ConversationLearning);
        Assert.Equal("I will see the children on their own.", audit.PractitionerReflections);
        Assert.NotNull(writtenAt);
        Assert.Equal(writtenAt, audit.PractitionerReflectionsAt);
        Assert.Equal("I will see the children on their own.", (await manager.GetPageAsync($"/audits/{scenario.AuditId}")).Value("#practitioner-reflections"));
    }
}
