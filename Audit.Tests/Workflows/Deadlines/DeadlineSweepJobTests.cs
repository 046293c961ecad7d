using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows;
using Audit.Workflows.Deadlines;
using Audit.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Audit.Tests.Workflows.Deadlines.DeadlineSteps;

namespace Audit.Tests.Workflows.Deadlines;

[Collection(SchedulerCollection.Name)]
public sealed class DeadlineSweepJobTests
{
    [Fact]
    public async Task Startup_WithTheSchedulerOn_EscalatesADeadlineThatPassedWhileTheAppWasStopped()
    {
        // The database outlives the first run: it is the second app's own (its file, or its PostgreSQL database).
        await using var restarted = new AuditAppFactory().With(WorkflowsServiceCollectionExtensions.SchedulerEnabledKey, "true");
        var database = restarted.ConnectionString;
        AuditScenario scenario;
        DateTimeOffset dueAt;
        await using (var first = new AuditAppFactory().With("ConnectionStrings:Audit", database))
        {
            first.Clock = new FakeTimeProvider(MondayMorning);
            scenario = await AuditScenario.CreateAsync(first);
            dueAt = (await DeadlineAsync(scenario, DeadlineKind.AuditDue)).DueAt;
        }

        restarted.Clock = new FakeTimeProvider(dueAt.AddDays(10));

        // Starting the host starts Quartz; nothing here calls the sweep.
        var escalatedAt = await WaitForAsync(() => restarted.DbAsync(db =>
            db.Deadlines.Where(d => d.CaseAuditId == scenario.AuditId && d.Kind == DeadlineKind.AuditDue).Select(d => d.EscalatedAt).SingleAsync()));

        Assert.Equal(dueAt.AddDays(10), escalatedAt);
        Assert.Equal(Sorted(scenario.Auditor, scenario.QaLead), await RecipientsAsync(restarted, DeadlineEmails.OverdueKind));
    }

    [Fact]
    public async Task EscalationEmail_ThroughSmtp_HasTheReferenceAndLink_AndNoCaseReference()
    {
        await using var mail = new MailDevServer();
        await mail.StartAsync();
        await using var app = new AuditAppFactory().WithSmtp(mail);
        var clock = new FakeTimeProvider(MondayMorning);
        app.Clock = clock;
        var scenario = await AuditScenario.CreateAsync(app, caseReference: "LCS-5550123");
        clock.SetUtcNow((await DeadlineAsync(scenario, DeadlineKind.AuditDue)).DueAt.AddHours(1));

        await SweepAsync(app);
        await app.InScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync());

        var email = (await mail.WaitForAsync(2, scenario.Auditor.Email)).Single(m => m.Subject.StartsWith("Overdue", StringComparison.Ordinal));
        var reference = $"AUD-{scenario.AuditId:D6}";
        Assert.Contains(reference, email.Subject, StringComparison.Ordinal);
        Assert.Contains($"https://localhost/audits/{scenario.AuditId}", email.Text, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://localhost/audits/{scenario.AuditId}\"", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("LCS-5550123", await mail.SourceAsync(email.Id), StringComparison.Ordinal);
    }

    /// <summary>Waits until the value is there, for at most 30 seconds (the scheduler runs on its own threads).</summary>
    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> read)
        where T : struct
    {
        var value = await Eventually.ReadAsync(read, v => v is not null, TimeSpan.FromSeconds(30));
        Assert.True(value is not null, "The deadline sweep did not run at start-up within 30 seconds");
        return value.Value;
    }
}
