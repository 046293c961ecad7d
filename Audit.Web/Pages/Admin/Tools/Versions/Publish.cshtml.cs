using Audit.Workflows.Tools;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Tools.Versions;

public sealed class PublishModel(AuditToolService tools) : ToolVersionPageModel(tools)
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

        var result = await Tools.PublishAsync(versionId, RowVersion, CurrentStaffId, cancellationToken);
        return result.Succeeded
            ? RedirectToVersion($"You published version {ToolVersion.Number} of {ToolVersion.ToolName}. New audits will use it.")
            : Failed(result);
    }
}
