using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Organisation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Organisation.ServiceAreas;

public sealed class AddModel(OrganisationService organisation) : OrganisationAddModel<ServiceAreaInput>
{
    public IReadOnlyList<SelectListItem> Directorates { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ServiceManagers { get; private set; } = [];

    /// <summary>Arriving from an "Add a service area" link under a directorate chooses that directorate.</summary>
    public async Task OnGetAsync(int? directorateId)
    {
        Input.DirectorateId = directorateId;
        await LoadChoicesAsync(HttpContext.RequestAborted);
    }

    protected override Task<CommandResult> AddAsync(CancellationToken cancellationToken) =>
        organisation.AddServiceAreaAsync(Input.ToCommand(), cancellationToken);

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Directorates = ChoiceItems.From(await organisation.DirectoratesAsync(cancellationToken));
        ServiceManagers = ChoiceItems.From(await organisation.PeopleWithRoleAsync(Roles.ServiceManager, cancellationToken: cancellationToken));
    }
}
