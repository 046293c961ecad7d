using Audit.Workflows.Tools;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Tools.Versions;

public sealed class DiscardModel(AuditToolService tools) : ToolVersionPageModel(tools)
{
    public async Task<IActionResult> OnGetAsync(int versionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(versionId, cancellationToken))
        {
            return NotFound();
        }

        PrepareForm();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int versionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(versionId, cancellationToken))
        {
            return NotFound();
        }

        var result = await Tools.DiscardAsync(versionId, RowVersion, cancellationToken);
        if (!result.Succeeded)
        {
            return Failed(result);
        }

        SuccessMessage = $"You discarded the draft of version {ToolVersion.Number}";
        return LocalRedirect(ToolDisplay.ToolUrl(ToolVersion.ToolId));
    }
}
