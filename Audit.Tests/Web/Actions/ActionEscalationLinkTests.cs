using System.Net;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Actions;

/// <summary>An overdue action is escalated to its owner's manager, whose link opens the action (never the audit).</summary>
public sealed class ActionEscalationLinkTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    [Fact]
    public async Task OverdueAction_OwnedOutsideTheCasesTeam_EscalationLinkOpensTheActionForTheOwnersManager_NotTheAudit()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var manager = scenario.OtherAuditor;
        await app.DbAsync(async db =>
        {
            var serviceAreaId = await db.Teams.Where(t => t.Id == scenario.TeamId).Select(t => t.ServiceAreaId).SingleAsync();
            var team = new Team { Name = $"Partners {scenario.AuditId}", ServiceAreaId = serviceAreaId, TeamManagerId = manager.Id };
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            var owner = await db.Users.SingleAsync(u => u.Id == scenario.Outsider.Id);
            owner.TeamId = team.Id;
            owner.MayOwnActions = true;
            return await db.SaveChangesAsync();
        });
        await scenario.AddActionAsync(scenario.Outsider.Id, "Share the learning with the partner agency");
        await scenario.ToStateAsync(AuditState.ActionsOutstanding);
        var actionId = (await scenario.AuditAsync()).Actions.Single(a => a.OwnerId == scenario.Outsider.Id).Id;
        await app.DbAsync(async db =>
        {
            var deadline = await db.Deadlines.SingleAsync(d => d.AuditActionId == actionId && d.CompletedAt == null);
            deadline.RemindAt = DateTimeOffset.UtcNow.AddDays(-10);
            deadline.DueAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });

        await app.InScopeAsync(sp => sp.GetRequiredService<DeadlineSweep>().RunAsync());

        var escalation = await app.DbAsync(db => db.OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.Kind == DeadlineEmails.OverdueKind && m.ToAddress == manager.Email && m.Subject.Contains($"AUD-{scenario.AuditId:D6}")));
        Assert.Contains($"/actions/{actionId}", escalation.TextBody, StringComparison.Ordinal);
        using var client = await SignedInAsync(app, manager);
        var (action, page) = await client.GetAsync($"/actions/{actionId}");
        Assert.Equal(HttpStatusCode.OK, action.StatusCode);
        Assert.Contains("Share the learning with the partner agency", page.Body!.TextContent, StringComparison.Ordinal);
        var (audit, _) = await client.GetAsync($"/audits/{scenario.AuditId}");
        Assert.Equal(HttpStatusCode.NotFound, audit.StatusCode);
        using var outsider = await SignedInAsync(app, scenario.OtherPractitioner);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/actions/{actionId}")).Item1.StatusCode);
    }
}
