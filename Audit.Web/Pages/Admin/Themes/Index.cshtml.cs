using Audit.Web.Infrastructure;
using Audit.Workflows.Tools;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Themes;

/// <summary>The learning themes auditors tag audits with: add, rename, retire and restore.</summary>
public sealed class IndexModel(LearningThemeService themes) : AuditPageModel
{
    private const string Path = "/admin/themes";

    [BindProperty]
    public ThemeInput Input { get; set; } = new();

    public IReadOnlyList<LearningThemeItem> Themes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Themes = await themes.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var result = await themes.AddAsync(Input.Name, cancellationToken);
        if (!result.Succeeded)
        {
            AddErrors(result.Outcome);
            Themes = await themes.ListAsync(cancellationToken);
            return Page();
        }

        SuccessMessage = $"You added the theme ‘{result.Value!.Name}’";
        return LocalRedirect(Path);
    }

    public Task<IActionResult> OnPostRetireAsync(int id, CancellationToken cancellationToken) =>
        SetActiveAsync(id, false, name => $"You retired ‘{name}’. It stays on audits that have it, but cannot be chosen for new ones.", cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken cancellationToken) =>
        SetActiveAsync(id, true, name => $"You restored ‘{name}’. It can be chosen for audits again.", cancellationToken);

    private async Task<IActionResult> SetActiveAsync(int id, bool active, Func<string, string> message, CancellationToken cancellationToken)
    {
        var result = await themes.SetActiveAsync(id, active, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        SuccessMessage = message(result.Value!.Name);
        return LocalRedirect(Path);
    }

    public sealed class ThemeInput
    {
        public string? Name { get; set; }
    }
}
