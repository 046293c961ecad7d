using System.Globalization;
using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Moderation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Moderation;

/// <summary>
/// The moderation queue: audits awaiting moderation, most urgent first, filtered by service area and tool. A practice
/// improvement manager takes one (it shows as theirs to the others) or releases it; the workflow says who may.
/// </summary>
public sealed class IndexModel(ModerationQueue queue, AuditCommands commands) : AuditPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? ServiceAreaId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? ToolId { get; set; }

    public IReadOnlyList<ModerationQueueRow> Rows { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ServiceAreas { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Tools { get; private set; } = [];

    public string CurrentStaff => CurrentStaffId;

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostTakeAsync(int auditId, int version) =>
        SendAsync(new TakeForModerationCommand(auditId, version), auditId, "You have taken {0} for moderation");

    public Task<IActionResult> OnPostReleaseAsync(int auditId, int version) =>
        SendAsync(new ReleaseModerationCommand(auditId, version), auditId, "{0} is back in the moderation queue");

    private async Task<IActionResult> SendAsync<TCommand>(TCommand command, int auditId, string success) where TCommand : IAuditCommand
    {
        // The filters are not questions to validate: one that cannot be read is simply no filter.
        ModelState.Clear();
        var result = await commands.SendAsync(command, CurrentStaffId, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            SuccessMessage = string.Format(CultureInfo.InvariantCulture, success, $"AUD-{auditId:D6}");
            return RedirectToPage("/Moderation/Index", new { ServiceAreaId, ToolId });
        }

        AddErrors(result);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var filters = await queue.FiltersAsync(HttpContext.RequestAborted);
        ServiceAreas = filters.ServiceAreas.Select(s => new SelectListItem(s.Name, s.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        Tools = filters.Tools.Select(t => new SelectListItem(t.Name, t.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        Rows = await queue.ForAsync(CurrentStaffId, new ModerationQueueFilter(ServiceAreaId, ToolId), HttpContext.RequestAborted);
    }
}
