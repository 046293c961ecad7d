using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Organisation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Organisation.Teams;

public sealed class EditModel(OrganisationService organisation) : OrganisationEditModel<TeamRecord, TeamInput>
{
    public IReadOnlyList<SelectListItem> ServiceAreas { get; private set; } = [];

    public IReadOnlyList<SelectListItem> TeamManagers { get; private set; } = [];

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        ServiceAreas = ChoiceItems.From(await organisation.ServiceAreasAsync(cancellationToken));
        TeamManagers = ChoiceItems.From(await organisation.PeopleWithRoleAsync(Roles.TeamManager, Saved.TeamManagerId, cancellationToken));
    }

    protected override Task<TeamRecord?> FindAsync(int id, CancellationToken cancellationToken) => organisation.FindTeamAsync(id, cancellationToken);

    protected override TeamInput InputFrom(TeamRecord saved) => TeamInput.From(saved);

    protected override Task<CommandResult> SaveAsync(int id, CancellationToken cancellationToken) =>
        organisation.EditTeamAsync(id, Input.Version, Input.ToCommand(), cancellationToken);
}
