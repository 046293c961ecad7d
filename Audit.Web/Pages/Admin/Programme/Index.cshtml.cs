using Audit.Web.Infrastructure;
using Audit.Workflows.Programme;

namespace Audit.Web.Pages.Admin.Programme;

/// <summary>Every month's programme side by side, newest first: planned against allocated, submitted and overdue.</summary>
public sealed class IndexModel(CycleQueries cycles) : AuditPageModel
{
    public IReadOnlyList<CycleSummary> Cycles { get; private set; } = [];

    public async Task OnGetAsync() => Cycles = await cycles.ListAsync(HttpContext.RequestAborted);
}
