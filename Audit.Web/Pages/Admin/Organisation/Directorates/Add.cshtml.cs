using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Organisation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Organisation.Directorates;

public sealed class AddModel(OrganisationService organisation) : OrganisationAddModel<DirectorateInput>
{
    public IReadOnlyList<SelectListItem> AssistantDirectors { get; private set; } = [];

    public Task OnGetAsync() => LoadChoicesAsync(HttpContext.RequestAborted);

    protected override Task<CommandResult> AddAsync(CancellationToken cancellationToken) =>
        organisation.AddDirectorateAsync(Input.ToCommand(), cancellationToken);

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        AssistantDirectors = ChoiceItems.From(await organisation.PeopleWithRoleAsync(Roles.AssistantDirector, cancellationToken: cancellationToken));
}
