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

    public IReadOnlyList<AuditListRow> Audits { get; private set; } = [];

    public IReadOnlyList<SelectListItem> States { get; } = AuditFilters.States();

    public async Task OnGetAsync()
    {
        // A filter that cannot be read is no filter: the list only ever narrows what this person may see.
        ModelState.Clear();
        Audits = await audits.VisibleToAsync(CurrentStaffId, new AuditListFilter(State, Search: Search), HttpContext.RequestAborted);
    }
}

public static class AuditFilters
{
    public static IReadOnlyList<SelectListItem> States() =>
        Enum.GetValues<AuditState>().Select(s => new SelectListItem(s.Display(), s.ToString())).ToList();
}
