using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.ImmediateResponses;
using Audit.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.ImmediateResponses;

public sealed class ImmediateResponseTests : IAsyncLifetime
{
    private readonly MailDevServer mail = new();
    private AuditAppFactory app = default!;
    private AuditScenario scenario = default!;

    public async ValueTask InitializeAsync()
    {
        await mail.StartAsync();
        app = new AuditAppFactory().WithSmtp(mail);
        scenario = await AuditScenario.CreateAsync(app, caseReference: "LCS-998877");
        await scenario.StartAsync();
        await app.InScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await mail.DisposeAsync();
    }

    private Task<T> Service<T>(Func<ImmediateResponseService, Task<T>> action) =>
        app.InScopeAsync(sp => action(sp.GetRequiredService<ImmediateResponseService>()));

    private Task<Audit.Workflows.Common.CommandResult<ImmediateResponse>> RaiseAsync(string? risk = "Bruising seen, no safety plan", string? neededNow = "Strategy discussion today") =>
        Service(s => s.RaiseAsync(new RaiseImmediateResponseCommand(scenario.AuditId, risk, neededNow), scenario.Auditor.Id));

    [Fact]
    public async Task Raise_EmailsTheTeamManagerAndServiceManagerAtOnce_WithHighPriority_AndNoChildDetails()
    {
        var raised = await RaiseAsync();
        Assert.True(raised.Succeeded);

        await app.InScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync());
        var toTeamManager = Assert.Single(await mail.WaitForAsync(1, scenario.TeamManager.Email));
        var toServiceManager = Assert.Single(await mail.WaitForAsync(1, scenario.ServiceManager.Email));

        foreach (var email in new[] { toTeamManager, toServiceManager })
        {
            Assert.StartsWith("URGENT: immediate response needed for audit AUD-", email.Subject, StringComparison.Ordinal);
            Assert.Contains($"/audits/{scenario.AuditId}/immediate-responses/{raised.Value!.Id}", email.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("LCS-998877", email.Text + email.Html + email.Subject, StringComparison.Ordinal);
            Assert.DoesNotContain("Bruising", email.Text + email.Html, StringComparison.Ordinal);
            Assert.DoesNotContain(scenario.Practitioner.FullName, email.Text + email.Html, StringComparison.Ordinal);
            var source = await mail.SourceAsync(email.Id);
            Assert.Contains("Importance: high", source, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Raise_MeansTheAuditWillBeModerated_WhateverTheGrade()
    {
        await RaiseAsync();

        var audit = await scenario.AuditAsync();

        Assert.True(audit.ImmediateResponseRaised);
    }

    [Fact]
    public async Task Raise_WithoutTheRiskOrWhatIsNeeded_IsRefusedWithGovUkMessages()
    {
        var result = await RaiseAsync(risk: " ", neededNow: null);

        Assert.Equal(["Enter what the risk to the child is", "Enter what needs to happen now"], result.Outcome.Errors.Select(e => e.Value));
    }

    [Fact]
    public async Task Raise_BySomeoneOtherThanTheAuditor_IsRefused()
    {
        var result = await Service(s => s.RaiseAsync(new RaiseImmediateResponseCommand(scenario.AuditId, "Risk", "Act"), scenario.QaLead.Id));

        Assert.Equal("Only the allocated auditor can raise an immediate response on this audit", result.Outcome.Errors.Single().Value);
    }

    [Fact]
    public async Task Acknowledge_RecordsWhatWasDone_AndMeetsThatPersonsDeadline()
    {
        var raised = (await RaiseAsync()).Value!;

        var result = await Service(s => s.AcknowledgeAsync(new AcknowledgeCommand(raised.Id, "Visited today; child safe with grandmother"), scenario.TeamManager.Id));

        Assert.True(result.Succeeded);
        var acknowledgements = await app.DbAsync(db => db.ImmediateResponseAcknowledgements.Where(a => a.ImmediateResponseId == raised.Id).ToListAsync());
        var teamManager = acknowledgements.Single(a => a.StaffMemberId == scenario.TeamManager.Id);
        Assert.NotNull(teamManager.AcknowledgedAt);
        Assert.Equal("Visited today; child safe with grandmother", teamManager.ActionTaken);
        Assert.Null(acknowledgements.Single(a => a.StaffMemberId == scenario.ServiceManager.Id).AcknowledgedAt);
        var openDeadlines = await app.DbAsync(db => db.Deadlines.Where(d => d.ImmediateResponseId == raised.Id && d.CompletedAt == null).Select(d => d.OwnerId).ToListAsync());
        Assert.Equal([scenario.ServiceManager.Id], openDeadlines);
    }

    [Fact]
    public async Task Acknowledge_BySomeoneNotAsked_IsRefused_AndTwiceIsRefused()
    {
        var raised = (await RaiseAsync()).Value!;
        await Service(s => s.AcknowledgeAsync(new AcknowledgeCommand(raised.Id, "Done"), scenario.ServiceManager.Id));

        var notAsked = await Service(s => s.AcknowledgeAsync(new AcknowledgeCommand(raised.Id, "Done"), scenario.QaLead.Id));
        var twice = await Service(s => s.AcknowledgeAsync(new AcknowledgeCommand(raised.Id, "Again"), scenario.ServiceManager.Id));

        Assert.Equal("Only the team manager and service manager asked to respond can acknowledge this immediate response", notAsked.Errors.Single().Value);
        Assert.Equal("You have already acknowledged this immediate response", twice.Errors.Single().Value);
    }
}
