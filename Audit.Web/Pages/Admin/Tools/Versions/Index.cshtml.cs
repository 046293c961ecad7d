using Audit.Workflows.Tools;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Tools.Versions;

/// <summary>One version of a tool with its sections; for a draft, the place to change and reorder them.</summary>
public sealed class IndexModel(AuditToolService tools) : ToolVersionPageModel(tools)
{
    public async Task<IActionResult> OnGetAsync(int versionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(versionId, cancellationToken))
        {
            return NotFound();
        }

        RowVersion = ToolVersion.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(int versionId, int sectionId, SectionMove direction, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(versionId, cancellationToken))
        {
            return NotFound();
        }

        var result = await Tools.MoveSectionAsync(versionId, RowVersion, sectionId, direction, cancellationToken);
        if (!result.Succeeded)
        {
            return Failed(result);
        }

        var title = ToolVersion.Sections.FirstOrDefault(s => s.Id == sectionId)?.Title;
        return RedirectToVersion($"You moved ‘{title}’ {(direction == SectionMove.Up ? "up" : "down")}");
    }
}
