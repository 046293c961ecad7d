using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Organisation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Organisation.Teams;

public sealed class AddModel(OrganisationService organisation) : OrganisationAddModel<TeamInput>
{
    public IReadOnlyList<SelectListItem> ServiceAreas { get; private set; } = [];

    public IReadOnlyList<SelectListItem> TeamManagers { get; private set; } = [];

    /// <summary>Arriving from an "Add a team" link under a service area chooses that service area.</summary>
    public async Task OnGetAsync(int? serviceAreaId)
    {
        Input.ServiceAreaId = serviceAreaId;
        await LoadChoicesAsync(HttpContext.RequestAborted);
    }

    protected override Task<CommandResult> AddAsync(CancellationToken cancellationToken) =>
        organisation.AddTeamAsync(Input.ToCommand(), cancellationToken);

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        ServiceAreas = ChoiceItems.From(await organisation.ServiceAreasAsync(cancellationToken));
        TeamManagers = ChoiceItems.From(await organisation.PeopleWithRoleAsync(Roles.TeamManager, cancellationToken: cancellationToken));
    }
}
