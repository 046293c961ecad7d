using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Allocation;
using Audit.Workflows.DeepDive;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Cases;

public sealed class DetailsModel(CaseService cases) : AuditPageModel
{
    public CaseFile Case { get; private set; } = default!;

    public bool HasOpenAudit => Case.Audits.Any(a => a.State.IsOpen());

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await cases.FindAsync(id, HttpContext.RequestAborted) is not { } found)
        {
            return NotFound();
        }

        Case = found;
        return Page();
    }
}
