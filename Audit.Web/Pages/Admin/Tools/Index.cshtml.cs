using Audit.Web.Infrastructure;
using Audit.Workflows.Tools;

namespace Audit.Web.Pages.Admin.Tools;

/// <summary>The audit tools, the version each new audit gets, and any draft in progress.</summary>
public sealed class IndexModel(AuditToolService tools) : AuditPageModel
{
    public IReadOnlyList<ToolSummary> Tools { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Tools = await tools.ListAsync(cancellationToken);
}
