using Audit.Web.Infrastructure;
using Audit.Workflows.Allocation;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Cases;

public sealed class IndexModel(CaseService cases) : AuditPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Reference { get; set; }

    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];

    public async Task OnGetAsync() => Cases = await cases.ListAsync(Reference, HttpContext.RequestAborted);
}
