using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Notifications;

public sealed class AllocationEmailTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Allocation_EmailsTheAuditor_WithTheAuditReferenceAndLink_ButNothingAboutTheChildOrCase()
    {
        await using var mail = new MailDevServer();
        await mail.StartAsync();
        app.WithSmtp(mail);
        var scenario = await AuditScenario.CreateAsync(app, caseReference: "LCS-314159");

        await app.InScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync());

        var email = Assert.Single(await mail.WaitForAsync(1, scenario.Auditor.Email));
        var reference = $"AUD-{scenario.AuditId:D6}";
        var everything = email.Subject + "\n" + email.Text + "\n" + email.Html;
        Assert.Equal($"Audit {reference} has been allocated to you", email.Subject);
        Assert.Contains(reference, email.Text, StringComparison.Ordinal);
        Assert.Contains($"https://localhost/audits/{scenario.AuditId}", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("LCS-", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(scenario.Practitioner.FullName, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Child protection", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(scenario.Practitioner.Email, everything, StringComparison.OrdinalIgnoreCase);
    }
}
