using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.DeepDive;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Audits;

/// <summary>The audits the signed-in person may see (a practitioner: their own cases'), filtered by state.</summary>
public sealed class IndexModel(AuditListService audits) : AuditPageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public AuditListPage Audits { get; private set; } = new([], 0, 1, 1);
    public Pagination Pagination { get; private set; } = default!;

    public IReadOnlyList<SelectListItem> States { get; } = AuditFilters.States();

    public async Task OnGetAsync([FromQuery(Name = "page")] string? page)
    {
        // A filter that cannot be read is no filter: the list only ever narrows what this person may see.
        ModelState.Clear();
        Audits = await audits.VisibleToAsync(CurrentStaffId, new AuditListFilter(State, Search: Search, Page: Pagination.ParsePageNumber(page)), HttpContext.RequestAborted);
        Pagination = Pagination.ForRequest(Request, Audits.Page, Audits.PageCount);
    }
}

public static class AuditFilters
{
    public static IReadOnlyList<SelectListItem> States() =>
        Enum.GetValues<AuditState>().Select(s => new SelectListItem(s.Display(), s.ToString())).ToList();
}
