using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Web.Pages.Audits;
using Audit.Workflows.Allocation;
using Audit.Workflows.DeepDive;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Audits;

/// <summary>The QA lead's list of every audit, filtered by state, auditor and whether it is overdue.</summary>
public sealed class IndexModel(AuditListService audits, CaseService cases) : AuditPageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? AuditorId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public AuditListPage Audits { get; private set; } = new([], 0, 1, 1);
    public Pagination Pagination { get; private set; } = default!;
    public IReadOnlyList<SelectListItem> States { get; } = AuditFilters.States();
    public IReadOnlyList<SelectListItem> Auditors { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "page")] string? page)
    {
        ModelState.Clear();
        Auditors = (await cases.AuditorsAsync(HttpContext.RequestAborted)).OrderBy(a => a.FullName).Select(a => new SelectListItem(a.FullName, a.Id)).ToList();
        Audits = await audits.AllAsync(new AuditListFilter(State, AuditorId, Overdue, Search, Pagination.ParsePageNumber(page)), HttpContext.RequestAborted);
        Pagination = Pagination.ForRequest(Request, Audits.Page, Audits.PageCount);
    }
}
