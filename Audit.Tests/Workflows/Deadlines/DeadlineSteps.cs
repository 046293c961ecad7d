using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Deadlines;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.Deadlines;

/// <summary>Steps the deadline tests share: running the sweep and reading what it put in the outbox.</summary>
internal static class DeadlineSteps
{
    /// <summary>Monday 2 November 2026, 9am UK (GMT): the fake clock's start for deadline tests.</summary>
    public static readonly DateTimeOffset MondayMorning = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static Task<DeadlineSweepResult> SweepAsync(AuditAppFactory app) =>
        app.InScopeAsync(sp => sp.GetRequiredService<DeadlineSweep>().RunAsync());

    public static Task<Deadline> DeadlineAsync(AuditScenario scenario, DeadlineKind kind) =>
        scenario.App.DbAsync(db => db.Deadlines.AsNoTracking().OrderByDescending(d => d.Id)
            .FirstAsync(d => d.CaseAuditId == scenario.AuditId && d.Kind == kind));

    /// <summary>The addresses each email of this kind went to, one entry per email, sorted.</summary>
    public static Task<List<string>> RecipientsAsync(AuditAppFactory app, string kind) =>
        app.DbAsync(db => db.OutboxMessages.Where(m => m.Kind == kind).OrderBy(m => m.ToAddress).Select(m => m.ToAddress).ToListAsync());

    public static Task<List<OutboxMessage>> EmailsAsync(AuditAppFactory app, string kind) =>
        app.DbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Kind == kind).OrderBy(m => m.ToAddress).ToListAsync());

    public static List<string> Sorted(params TestStaff[] staff) => staff.Select(s => s.Email).Order(StringComparer.Ordinal).ToList();

    /// <summary>Puts the scenario's auditor in a team of their own, managed by the other auditor.</summary>
    public static Task PutAuditorInTeamManagedByAsync(AuditScenario scenario, TestStaff manager) =>
        scenario.App.DbAsync(async db =>
        {
            var serviceAreaId = await db.Teams.Where(t => t.Id == scenario.TeamId).Select(t => t.ServiceAreaId).SingleAsync();
            var team = new Team { Name = "Auditors' own team", ServiceAreaId = serviceAreaId, TeamManagerId = manager.Id };
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            var auditor = await db.Users.SingleAsync(u => u.Id == scenario.Auditor.Id);
            auditor.TeamId = team.Id;
            return await db.SaveChangesAsync();
        });

    public static Task AddRoleAsync(AuditAppFactory app, TestStaff staff, string role) =>
        app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<StaffMember>>();
            var result = await users.AddToRoleAsync((await users.FindByIdAsync(staff.Id))!, role);
            Assert.True(result.Succeeded);
        });
}
