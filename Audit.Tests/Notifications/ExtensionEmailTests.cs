using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Tests.Web.Extensions;
using Audit.Workflows.Extensions;
using Audit.Workflows.Notifications;
using Microsoft.Extensions.DependencyInjection;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Notifications;

/// <summary>The request for more time and its decision, delivered through SMTP to MailDev: the reference and a link only.</summary>
public sealed class ExtensionEmailTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task RequestAndDecline_ReachTheQaLeadAndTheAuditor_WithoutTheReasonsOrTheCase()
    {
        await using var mail = new MailDevServer();
        await mail.StartAsync();
        app.WithSmtp(mail);
        var scenario = await AuditScenario.CreateAsync(app, caseReference: "LCS-271828");
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        await auditor.AskAsync(scenario);
        await lead.DecideAsync(scenario, nameof(ExtensionDecision.Decline), "The programme closes this month");

        await app.InScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync());

        var reference = $"AUD-{scenario.AuditId:D6}";
        var toLead = Assert.Single(await mail.WaitForAsync(1, scenario.QaLead.Email), m => m.Subject == $"Extension requested for {reference}");
        Assert.Contains($"https://localhost/audits/{scenario.AuditId}/extension", toLead.Text, StringComparison.Ordinal);
        var toAuditor = Assert.Single(await mail.WaitForAsync(2, scenario.Auditor.Email), m => m.Subject.Contains("declined", StringComparison.Ordinal));
        Assert.Contains($"https://localhost/audits/{scenario.AuditId}", toAuditor.Text, StringComparison.Ordinal);
        foreach (var email in new[] { toLead, toAuditor })
        {
            var everything = email.Subject + "\n" + email.Text + "\n" + email.Html;
            Assert.DoesNotContain("LCS-", everything, StringComparison.Ordinal);
            Assert.DoesNotContain(ExtensionSteps.AuditorsReason, everything, StringComparison.Ordinal);
            Assert.DoesNotContain("The programme closes", everything, StringComparison.Ordinal);
            Assert.DoesNotContain(scenario.Practitioner.FullName, everything, StringComparison.Ordinal);
        }
    }
}
