using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Organisation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Organisation.ServiceAreas;

public sealed class EditModel(OrganisationService organisation) : OrganisationEditModel<ServiceAreaRecord, ServiceAreaInput>
{
    public IReadOnlyList<SelectListItem> Directorates { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ServiceManagers { get; private set; } = [];

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Directorates = ChoiceItems.From(await organisation.DirectoratesAsync(cancellationToken));
        ServiceManagers = ChoiceItems.From(await organisation.PeopleWithRoleAsync(Roles.ServiceManager, Saved.ServiceManagerId, cancellationToken));
    }

    protected override Task<ServiceAreaRecord?> FindAsync(int id, CancellationToken cancellationToken) => organisation.FindServiceAreaAsync(id, cancellationToken);

    protected override ServiceAreaInput InputFrom(ServiceAreaRecord saved) => ServiceAreaInput.From(saved);

    protected override Task<CommandResult> SaveAsync(int id, CancellationToken cancellationToken) =>
        organisation.EditServiceAreaAsync(id, Input.Version, Input.ToCommand(), cancellationToken);
}
