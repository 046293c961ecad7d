using Audit.Web.Infrastructure;
using Audit.Workflows.Organisation;

namespace Audit.Web.Pages.Admin.Organisation;

public sealed class IndexModel(OrganisationService organisation) : AuditPageModel
{
    public OrganisationTree Tree { get; private set; } = new([]);

    public bool HasServiceAreas => Tree.Directorates.Any(d => d.ServiceAreas.Count > 0);

    public async Task OnGetAsync() => Tree = await organisation.TreeAsync(HttpContext.RequestAborted);
}
