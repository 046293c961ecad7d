using System.ComponentModel.DataAnnotations;
using Audit.Workflows.Tools;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Tools.Versions;

/// <summary>The draft's notes: what changed in this version, or a dip sample's theme.</summary>
public sealed class NotesModel(AuditToolService tools) : ToolVersionPageModel(tools)
{
    [BindProperty]
    public NotesInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int versionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(versionId, cancellationToken))
        {
            return NotFound();
        }

        PrepareForm();
        Input.Notes = ToolVersion.Notes;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int versionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(versionId, cancellationToken))
        {
            return NotFound();
        }

        var result = await Tools.UpdateNotesAsync(versionId, RowVersion, Input.Notes, cancellationToken);
        return result.Succeeded ? RedirectToVersion("You changed the notes") : Failed(result);
    }

    public sealed class NotesInput
    {
        [DataType(DataType.MultilineText)]
        public string? Notes { get; set; }
    }
}
