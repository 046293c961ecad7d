using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Organisation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Organisation.Directorates;

public sealed class EditModel(OrganisationService organisation) : OrganisationEditModel<DirectorateRecord, DirectorateInput>
{
    public IReadOnlyList<SelectListItem> AssistantDirectors { get; private set; } = [];

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        AssistantDirectors = ChoiceItems.From(await organisation.PeopleWithRoleAsync(Roles.AssistantDirector, Saved.AssistantDirectorId, cancellationToken));

    protected override Task<DirectorateRecord?> FindAsync(int id, CancellationToken cancellationToken) => organisation.FindDirectorateAsync(id, cancellationToken);

    protected override DirectorateInput InputFrom(DirectorateRecord saved) => DirectorateInput.From(saved);

    protected override Task<CommandResult> SaveAsync(int id, CancellationToken cancellationToken) =>
        organisation.EditDirectorateAsync(id, Input.Version, Input.ToCommand(), cancellationToken);
}
