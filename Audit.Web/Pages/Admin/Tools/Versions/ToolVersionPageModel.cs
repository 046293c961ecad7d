using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Tools;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Audit.Web.Pages.Admin.Tools.Versions;

/// <summary>
/// What the pages that change a draft share: the version being changed and the concurrency token the form posts
/// back. The service refuses changes to published versions; these pages only show that refusal.
/// </summary>
public abstract class ToolVersionPageModel(AuditToolService tools) : AuditPageModel
{
    protected AuditToolService Tools => tools;

    public ToolVersionDetails ToolVersion { get; private set; } = default!;

    /// <summary>The draft's version as the person saw it: a change by someone else since then is refused.</summary>
    [BindProperty]
    public int RowVersion { get; set; }

    public string VersionUrl => ToolDisplay.VersionUrl(ToolVersion.Id);

    /// <summary>Loads the version; false when there is no such version (the page answers 404).</summary>
    protected async Task<bool> LoadAsync(int versionId, CancellationToken cancellationToken)
    {
        if (await tools.FindVersionAsync(versionId, cancellationToken) is not { } version)
        {
            return false;
        }

        ToolVersion = version;
        return true;
    }

    /// <summary>For a GET: takes the current token, and explains at once when the version cannot be changed.</summary>
    protected void PrepareForm()
    {
        RowVersion = ToolVersion.Version;
        if (!ToolVersion.IsDraft)
        {
            ModelState.AddModelError(string.Empty, AuditToolService.PublishedMessage);
        }
    }

    protected LocalRedirectResult RedirectToVersion(string message)
    {
        SuccessMessage = message;
        return LocalRedirect(VersionUrl);
    }

    /// <summary>
    /// Shows the command's errors with what the person typed. After a conflict the form carries the current token,
    /// so once they have reviewed the draft they can submit again.
    /// </summary>
    protected PageResult Failed(CommandResult result)
    {
        AddErrors(result);
        if (result.IsConcurrencyConflict)
        {
            ModelState.Remove(nameof(RowVersion));
            RowVersion = ToolVersion.Version;
        }

        return Page();
    }
}
