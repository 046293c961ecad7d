using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Audit.Tests.Web.Allocation;

/// <summary>Lists of audits: each person sees only what their role allows; the QA lead sees and filters them all.</summary>
public sealed class AuditListTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Practitioner_SeesOnlyTheirOwnCasesAudits()
    {
        var mine = await AuditScenario.CreateAsync(app);
        var theirs = await AuditScenario.CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(mine.Practitioner);

        var page = await client.GetPageAsync("/audits");

        Assert.Equal([mine.AuditId.ToString(System.Globalization.CultureInfo.InvariantCulture)], AuditIds(page));
        Assert.DoesNotContain($"AUD-{theirs.AuditId:D6}", page.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?Search=AUD-{0:D6}")]
    [InlineData("?Search={1}")]
    [InlineData("?State=Allocated&Search=AUD-{0:D6}")]
    [InlineData("?State=NotAState&AuditorId={2}")]
    public async Task Practitioner_AskingForAnotherPractitionersAudit_NeverSeesIt(string query)
    {
        var mine = await AuditScenario.CreateAsync(app);
        var theirs = await AuditScenario.CreateAsync(app, caseReference: "LCS-SECRET1");
        using var client = AppClient.For(app);
        await client.SignInAsync(mine.Practitioner);

        var page = await client.GetPageAsync("/audits" + string.Format(System.Globalization.CultureInfo.InvariantCulture, query, theirs.AuditId, "LCS-SECRET1", theirs.Auditor.Id));

        Assert.DoesNotContain(theirs.AuditId.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditIds(page));
        Assert.DoesNotContain("LCS-SECRET1", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditsList_FiltersByState()
    {
        var allocated = await AuditScenario.CreateAsync(app);
        var started = await AuditScenario.CreateAsync(app);
        await started.ToStateAsync(AuditState.InProgress);
        using var client = AppClient.For(app);
        await client.SignInAsync(allocated.Moderator);

        var page = await client.GetPageAsync("/audits?State=InProgress");

        Assert.Equal([started.AuditId.ToString(System.Globalization.CultureInfo.InvariantCulture)], AuditIds(page));
    }

    [Fact]
    public async Task QaLeadsList_FiltersByAuditorAndOverdue()
    {
        // Starts 60 days ago and ends at about now, so sign-in codes and cookies work on real time.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-60));
        app.Clock = clock;
        var late = await AuditScenario.CreateAsync(app);
        clock.Advance(TimeSpan.FromDays(60));
        var recent = await AuditScenario.CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(recent.QaLead);

        var overdue = await client.GetPageAsync("/admin/audits?Overdue=true");
        var byAuditor = await client.GetPageAsync($"/admin/audits?AuditorId={recent.Auditor.Id}");

        Assert.Equal([late.AuditId.ToString(System.Globalization.CultureInfo.InvariantCulture)], AuditIds(overdue));
        Assert.Equal("Overdue", overdue.QuerySelector("#audits .govuk-tag--red")?.TextContent.Trim());
        Assert.Equal([recent.AuditId.ToString(System.Globalization.CultureInfo.InvariantCulture)], AuditIds(byAuditor));
        Assert.NotNull(byAuditor.QuerySelector($"a[href='/audits/{recent.AuditId}']"));
    }

    private static List<string> AuditIds(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("#audits tbody tr").Select(r => r.GetAttribute("data-audit-id")!).ToList();
}
