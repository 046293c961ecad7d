using System.Security.Claims;
using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Identity;
using Audit.Workflows.Notifications;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Emails;

/// <summary>Email delivery: what is waiting, what failed, where mail goes; retry and send a test email.</summary>
public sealed class IndexModel(OutboxAdministration outbox, TestEmailService testEmails) : AuditPageModel
{
    public const int PageSize = 50;
    private const string Path = "/admin/emails";

    [BindProperty]
    public TestEmailInput Input { get; set; } = new();

    public OutboxSummary Summary { get; private set; } = default!;
    public string Destination => outbox.Destination;
    public OutboxListPage List { get; private set; } = default!;
    public OutboxStatus? Status { get; private set; }
    public Pagination Pagination { get; private set; } = default!;

    public async Task OnGetAsync([FromQuery(Name = "status")] string? status, [FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        Input.Email = User.FindFirstValue(ClaimTypes.Email);
        await LoadAsync(status, page, cancellationToken);
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, int version, string? returnStatus, string? returnPage, CancellationToken cancellationToken)
    {
        var result = await outbox.RetryAsync(id, version, cancellationToken);
        if (!result.Succeeded)
        {
            AddErrors(result);
            await LoadAsync(returnStatus, returnPage, cancellationToken);
            return Page();
        }

        SuccessMessage = "The email is back in the queue and will be sent at the next delivery run";
        return LocalRedirect(ListUrl(ParseStatus(returnStatus), Pagination.ParsePageNumber(returnPage)));
    }

    public async Task<IActionResult> OnPostSendTestAsync(CancellationToken cancellationToken)
    {
        var result = await testEmails.SendAsync(
            new SendTestEmailCommand(Input.Email, User.FullName(), User.FindFirstValue(ClaimTypes.Email)), cancellationToken);
        if (!result.Succeeded)
        {
            AddErrors(result.Outcome);
            await LoadAsync(null, null, cancellationToken);
            return Page();
        }

        SuccessMessage = $"A test email to {result.Value!.ToAddress} is in the queue";
        return LocalRedirect(Path);
    }

    /// <summary>The list's address for a status filter and page; page 1 and "all" are left out.</summary>
    public static string ListUrl(OutboxStatus? status, int page = 1)
    {
        var query = new List<string>();
        if (status is { } s)
        {
            query.Add("status=" + s.ToString().ToLowerInvariant());
        }

        if (page > 1)
        {
            query.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return query.Count == 0 ? Path : Path + "?" + string.Join('&', query);
    }

    private async Task LoadAsync(string? status, string? page, CancellationToken cancellationToken)
    {
        Status = ParseStatus(status);
        Summary = await outbox.SummariseAsync(cancellationToken);
        List = await outbox.ListAsync(Status, Pagination.ParsePageNumber(page), PageSize, cancellationToken);
        var filter = Status;
        Pagination = new Pagination(List.Page, List.PageCount, number => ListUrl(filter, number));
    }

    /// <summary>A status from the query string; anything else shows every message.</summary>
    private static OutboxStatus? ParseStatus(string? value) =>
        Enum.TryParse<OutboxStatus>(value, ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(value, out _) ? status : null;

    public sealed class TestEmailInput
    {
        public string? Email { get; set; }
    }
}
