using System.ComponentModel.DataAnnotations;
using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.ImmediateResponses;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits.ImmediateResponses;

/// <summary>One immediate response: the concern, who was asked, and for someone asked who has not yet, the form to
/// acknowledge it and record what they did.</summary>
public sealed class IndexModel(ImmediateResponseService service) : AuditPageModel
{
    [FromRoute]
    public int Id { get; set; }

    [FromRoute]
    public int IrId { get; set; }

    [BindProperty]
    public AcknowledgeInput Input { get; set; } = new();

    public ImmediateResponseRecord Record { get; private set; } = default!;

    public CaseAudit Audit => Record.Audit;

    public ImmediateResponse Concern => Record.Response;

    /// <summary>The signed-in person's own request to acknowledge, while they have not; null otherwise.</summary>
    public ImmediateResponseAcknowledgement? Mine { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var result = await service.AcknowledgeAsync(new AcknowledgeCommand(IrId, Input.ActionTaken), CurrentStaffId, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return RedirectWithSuccess("You have acknowledged the immediate response", "/Audits/ImmediateResponses/Index", new { id = Id, irId = IrId });
        }

        AddErrors(result);
        if (!result.Errors.Any(e => e.Key == nameof(Input.ActionTaken)))
        {
            // Refused outright (not asked, already acknowledged, changed meanwhile): show the page as it now is.
            await LoadAsync();
        }

        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var record = await service.FindAsync(Id, IrId, CurrentStaffId, HttpContext.RequestAborted);
        if (record is null)
        {
            return false;
        }

        Record = record;
        Mine = record.AwaitingFrom(CurrentStaffId);
        return true;
    }

    public sealed class AcknowledgeInput
    {
        [DataType(DataType.MultilineText)]
        public string? ActionTaken { get; set; }
    }
}
