using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Reporting.Feeds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Options;

namespace Audit.Web.Pages.Admin.Tokens;

/// <summary>
/// Issues a token for someone who sees reports. The token is shown on the answer to the form, once, and never
/// stored: it is not put in a redirect, a banner or a log.
/// </summary>
public sealed class IssueModel(AccessTokens tokens, IOptions<AppOptions> app) : AuditPageModel
{
    [BindProperty]
    public IssueInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    public IssuedAccessToken? Issued { get; private set; }

    /// <summary>The address to paste into Power BI's OData feed connector.</summary>
    public string ODataUrl => app.Value.Link("/feeds/odata").ToString();

    public string CsvUrl(string set) => app.Value.Link($"/feeds/csv/{set}").ToString();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.ExpiresOn = DateInput.From(Today.AddDays(90));
        await LoadPeopleAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        DateOnly? expiresOn = null;
        if (!Input.ExpiresOn.IsEmpty)
        {
            var (date, error) = Input.ExpiresOn.Parse("Enter the date the token expires", "the expiry date");
            if (error is not null)
            {
                ModelState.AddModelError("Input.ExpiresOn", error);
            }

            expiresOn = date;
        }

        var result = await tokens.IssueAsync(new IssueAccessToken(Input.OwnerId, Input.Name, expiresOn), CurrentStaffId, FormErrors(), cancellationToken);
        if (!result.Succeeded)
        {
            ReplaceErrors(result.Outcome);
            await LoadPeopleAsync(cancellationToken);
            return Page();
        }

        Issued = result.Value;
        return Page();
    }

    private async Task LoadPeopleAsync(CancellationToken cancellationToken) =>
        People = (await tokens.PossibleOwnersAsync(cancellationToken))
            .Select(s => new SelectListItem(s.JobTitle is null ? s.FullName : $"{s.FullName} ({s.JobTitle})", s.Id))
            .ToList();

    public sealed class IssueInput
    {
        public string? OwnerId { get; set; }
        public string? Name { get; set; }
        public DateInput ExpiresOn { get; set; } = new();
    }
}
