using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Tools;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Themes;

/// <summary>Renames a theme everywhere it is used, including on past audits.</summary>
public sealed class RenameModel(LearningThemeService themes) : AuditPageModel
{
    [BindProperty]
    public IndexModel.ThemeInput Input { get; set; } = new();

    public LearningTheme Theme { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await themes.FindAsync(id, cancellationToken) is not { } theme)
        {
            return NotFound();
        }

        Theme = theme;
        Input.Name = theme.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await themes.FindAsync(id, cancellationToken) is not { } theme)
        {
            return NotFound();
        }

        Theme = theme;
        var result = await themes.RenameAsync(id, Input.Name, cancellationToken);
        if (!result.Succeeded)
        {
            AddErrors(result.Outcome);
            return Page();
        }

        SuccessMessage = $"You renamed ‘{theme.Name}’ to ‘{result.Value!.Name}’";
        return LocalRedirect("/admin/themes");
    }
}
