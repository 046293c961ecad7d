using System.Net;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Audit.Tests.Notifications.OutboxSteps;

namespace Audit.Tests.Web.Admin;

public sealed class EmailsPageTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly AuditAppFactory app = new();

    public EmailsPageTests() => app.Clock = clock;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Index_ForAQaLead_ListsEmailsNewestFirstWithTheirStatus()
    {
        await TestData.AnEmail().WithSubject("Older email").EnqueueAsync(app);
        clock.Advance(TimeSpan.FromMinutes(5));
        await TestData.AnEmail().WithSubject("Newer email").EnqueueAsync(app);
        using var client = await SignedInQaLeadAsync();

        var page = await client.GetPageAsync("/admin/emails");

        Assert.Equal("Email delivery", page.H1());
        var rows = page.QuerySelectorAll("#emails tbody tr");
        Assert.Equal(["Newer email", "Older email"], rows.Select(r => r.Children[3].TextContent.Trim()));
        Assert.All(rows, r => Assert.Equal("Pending", r.QuerySelector(".govuk-tag")?.TextContent.Trim()));
        Assert.Equal("2", page.QuerySelector("[data-summary=pending]")?.TextContent.Trim());
        Assert.StartsWith("pickup folder", page.QuerySelector("[data-summary=destination]")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_FilteredByFailed_ShowsOnlyFailedEmailsInRed()
    {
        var failed = await FailedEmailAsync();
        await TestData.AnEmail().EnqueueAsync(app);
        using var client = await SignedInQaLeadAsync();

        var page = await client.GetPageAsync("/admin/emails?status=failed");

        var row = Assert.Single(page.QuerySelectorAll("#emails tbody tr"));
        Assert.Equal(failed.Id.ToString(), row.GetAttribute("data-message-id"));
        Assert.Contains("govuk-tag--red", row.QuerySelector(".govuk-tag")?.ClassName, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(row.Children[6].TextContent));
    }

    [Fact]
    public async Task Retry_OfAFailedEmail_PutsItBackInTheQueue()
    {
        var failed = await FailedEmailAsync();
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync("/admin/emails?status=failed");

        var (_, result) = await client.SubmitAsync(page, new Dictionary<string, string>(), $"#retry-{failed.Id}");

        Assert.Equal("The email is back in the queue and will be sent at the next delivery run", result.SuccessBanner());
        Assert.Equal(OutboxStatus.Pending, (await RowAsync(app, failed.Id)).Status);
    }

    [Fact]
    public async Task Index_AnEmailASenderHoldsNow_SaysItIsBeingSent_AndOffersNoRetry()
    {
        var queued = await TestData.AnEmail().EnqueueAsync(app);
        await app.DbAsync(db => db.OutboxMessages.Where(m => m.Id == queued.Id).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.ClaimToken, Guid.NewGuid()).SetProperty(m => m.ClaimedUntil, clock.GetUtcNow().AddMinutes(2))));
        using var client = await SignedInQaLeadAsync();

        var held = await client.GetPageAsync("/admin/emails");
        clock.Advance(TimeSpan.FromMinutes(3));
        var lapsed = await client.GetPageAsync("/admin/emails");

        var row = Assert.Single(held.QuerySelectorAll("#emails tbody tr"));
        Assert.Null(row.QuerySelector($"#retry-{queued.Id}"));
        Assert.Equal("Being sent now", row.Children[7].TextContent.Trim());
        // Once the claim has lapsed (its sender died), the QA lead may queue it again.
        Assert.NotNull(lapsed.QuerySelector($"#retry-{queued.Id}"));
    }

    [Fact]
    public async Task Retry_AfterSomeoneElseRetriedIt_ExplainsTheConflict()
    {
        var failed = await FailedEmailAsync();
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync("/admin/emails");
        await app.InScopeAsync(sp => sp.GetRequiredService<OutboxAdministration>().RetryAsync(failed.Id, failed.Version));

        var (response, result) = await client.SubmitAsync(page, new Dictionary<string, string>(), $"#retry-{failed.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["This email's status changed while you were looking at it — review and try again"], result.ErrorSummary());
    }

    [Fact]
    public async Task Emails_ForAPractitioner_IsForbidden()
    {
        var practitioner = await TestData.AStaffMember().WithRoles(Roles.Practitioner).CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(practitioner);

        var (response, page) = await client.GetAsync("/admin/emails");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You do not have access to this page", page.H1());
    }

    [Fact]
    public async Task SendTest_ToTheQaLeadsOwnAddress_QueuesATestEmail()
    {
        var lead = await TestData.AQaLead().Named("Alex Morgan").CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(lead);
        var page = await client.GetPageAsync("/admin/emails");
        Assert.Equal(lead.Email, page.QuerySelector("#Input_Email")?.GetAttribute("value"));

        var (_, result) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = lead.Email }, "#send-test");

        Assert.Equal($"A test email to {lead.Email} is in the queue", result.SuccessBanner());
        var queued = await app.DbAsync(db => db.OutboxMessages.SingleAsync(m => m.ToAddress == lead.Email));
        Assert.Equal("test", queued.Kind);
        Assert.StartsWith("Dear Alex Morgan,", queued.TextBody, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Pending, queued.Status);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("name@example")]
    [InlineData("Jo Bloggs <jo@example.gov.uk>")]
    public async Task SendTest_WithABadAddress_AsksForOneInTheCorrectFormat(string address)
    {
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync("/admin/emails");

        var (_, result) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = address }, "#send-test");

        const string message = "Enter an email address in the correct format, like name@example.gov.uk";
        Assert.Equal([message], result.ErrorSummary());
        Assert.Equal(message, result.FieldError("Input_Email"));
        Assert.Equal(0, await app.DbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Theory]
    [InlineData("/admin/emails?page=0")]
    [InlineData("/admin/emails?page=-3")]
    [InlineData("/admin/emails?page=abc")]
    [InlineData("/admin/emails?page=99999999999")]
    [InlineData("/admin/emails?page=2147483647")]
    [InlineData("/admin/emails?status=bogus")]
    [InlineData("/admin/emails?status=7&page=1e3")]
    public async Task Index_WithAnUnusablePageOrStatus_StillShowsTheList(string url)
    {
        await TestData.AnEmail().EnqueueAsync(app);
        using var client = await SignedInQaLeadAsync();

        var page = await client.GetPageAsync(url);

        Assert.Equal("Email delivery", page.H1());
        Assert.Single(page.QuerySelectorAll("#emails tbody tr"));
        Assert.Empty(page.ErrorSummary());
    }

    [Fact]
    public async Task Index_WithMoreThanFiftyEmails_PagesThemWithGovUkPagination()
    {
        for (var i = 0; i < 51; i++)
        {
            await TestData.AnEmail().EnqueueAsync(app);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        using var client = await SignedInQaLeadAsync();

        var first = await client.GetPageAsync("/admin/emails");
        var second = await client.GetPageAsync("/admin/emails?page=2");
        var beyond = await client.GetPageAsync("/admin/emails?page=9");

        Assert.Equal(50, first.QuerySelectorAll("#emails tbody tr").Length);
        Assert.Equal("/admin/emails?page=2", first.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href"));
        Assert.Single(second.QuerySelectorAll("#emails tbody tr"));
        Assert.Equal("2", second.QuerySelector(".govuk-pagination__item--current")?.TextContent.Trim());
        Assert.Equal("2", beyond.QuerySelector(".govuk-pagination__item--current")?.TextContent.Trim());
    }

    [Fact]
    public async Task Details_ShowsTheTextBodyAndTheHtmlOnlyAsText()
    {
        var queued = await TestData.AnEmail().WithSubject("Audit AUD-0042 needs moderation")
            .WithBodies("Audit AUD-0042 needs moderation.\n", "<p>Audit <strong>AUD-0042</strong> needs moderation.</p><script>alert(1)</script>")
            .EnqueueAsync(app);
        using var client = await SignedInQaLeadAsync();

        var page = await client.GetPageAsync($"/admin/emails/{queued.Id}");

        Assert.Equal("Audit AUD-0042 needs moderation", page.H1());
        Assert.Equal("Audit AUD-0042 needs moderation.", page.QuerySelector("#text-body")?.TextContent.Trim());
        Assert.Contains("<strong>AUD-0042</strong>", page.QuerySelector("#html-body")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("#html-body *"));
        Assert.Contains(queued.MessageId, page.QuerySelector("#email-details")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/emails/6f1c1f7e-0000-4000-8000-000000000000")]
    [InlineData("/admin/emails/not-a-message")]
    public async Task Details_ForAnUnknownEmail_IsNotFound(string url)
    {
        using var client = await SignedInQaLeadAsync();

        var (response, page) = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.H1());
    }

    private async Task<AppClient> SignedInQaLeadAsync()
    {
        var lead = await TestData.AQaLead().CreateAsync(app);
        var client = AppClient.For(app);
        await client.SignInAsync(lead);
        return client;
    }

    /// <summary>An email that failed its only attempt, to an SMTP server that is not running.</summary>
    private async Task<OutboxMessage> FailedEmailAsync()
    {
        await using var mail = new MailDevServer();
        app.WithSmtp(mail).With("Email:MaxAttempts", "1");
        var queued = await TestData.AnEmail().EnqueueAsync(app);
        await SendDueAsync(app);
        var row = await RowAsync(app, queued.Id);
        Assert.Equal(OutboxStatus.Failed, row.Status);
        return row;
    }
}
