using Audit.Workflows.Tools;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Tools.Versions;

public sealed class EditSectionModel(AuditToolService tools) : SectionPageModel(tools)
{
    public ToolSectionView Section { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int versionId, int sectionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(versionId, sectionId, cancellationToken))
        {
            return NotFound();
        }

        PrepareForm();
        Input = SectionInput.From(Section);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int versionId, int sectionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(versionId, sectionId, cancellationToken))
        {
            return NotFound();
        }

        var result = await Tools.EditSectionAsync(versionId, RowVersion, sectionId, Input.ToDetails(), cancellationToken);
        return result.Succeeded ? RedirectToVersion($"You changed ‘{Input.Title!.Trim()}’") : Failed(result);
    }

    private async Task<bool> LoadAsync(int versionId, int sectionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(versionId, cancellationToken) || ToolVersion.Sections.FirstOrDefault(s => s.Id == sectionId) is not { } section)
        {
            return false;
        }

        Section = section;
        return true;
    }
}
