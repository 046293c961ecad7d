using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Tools;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Tools;

/// <summary>One tool: every version it has had, how many audits use each, and the way to start a new draft.</summary>
public sealed class ToolModel(AuditToolService tools) : AuditPageModel
{
    public ToolSummary Tool { get; private set; } = default!;

    [BindProperty]
    public CreateDraftInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int toolId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(toolId, cancellationToken))
        {
            return NotFound();
        }

        Input.Scale = Tool.DefaultScale;
        return Page();
    }

    public async Task<IActionResult> OnPostCreateDraftAsync(int toolId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(toolId, cancellationToken))
        {
            return NotFound();
        }

        var result = await tools.CreateDraftAsync(toolId, Input.Scale, CurrentStaffId, cancellationToken);
        if (!result.Succeeded)
        {
            AddErrors(result.Outcome);
            return Page();
        }

        var copied = Tool.Versions.Count == 0 ? string.Empty : $" It is a copy of version {Tool.Versions[0].Number}.";
        SuccessMessage = $"You created a draft of {Tool.Name}.{copied} Make your changes, then publish it.";
        return LocalRedirect(ToolDisplay.VersionUrl(result.Value));
    }

    private async Task<bool> LoadAsync(int toolId, CancellationToken cancellationToken)
    {
        if (await tools.FindToolAsync(toolId, cancellationToken) is not { } tool)
        {
            return false;
        }

        Tool = tool;
        return true;
    }
}

/// <summary>The new draft's scale: null until chosen.</summary>
public sealed class CreateDraftInput
{
    public GradeScale? Scale { get; set; }
}
