using Audit.Workflows.Tools;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Tools.Versions;

public sealed class AddSectionModel(AuditToolService tools) : SectionPageModel(tools)
{
    public async Task<IActionResult> OnGetAsync(int versionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(versionId, cancellationToken))
        {
            return NotFound();
        }

        PrepareForm();
        Input = new SectionInput { IsGraded = true, EvidenceRequired = true, AllowNotApplicable = false };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int versionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(versionId, cancellationToken))
        {
            return NotFound();
        }

        var result = await Tools.AddSectionAsync(versionId, RowVersion, Input.ToDetails(), cancellationToken);
        return result.Succeeded ? RedirectToVersion($"You added ‘{Input.Title!.Trim()}’") : Failed(result);
    }
}
