using Audit.Workflows.Common;
using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Allocation;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Tools;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Cases;

public sealed class AllocateModel(CaseService cases, AllocateHandler allocate) : AuditPageModel
{
    [BindProperty]
    public AllocateInput Input { get; set; } = new();

    public CaseFile Case { get; private set; } = default!;
    public IReadOnlyList<SelectListItem> Auditors { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> Tools { get; } =
        Enum.GetValues<ToolKind>().Select(k => new SelectListItem(k.SentenceWording(), k.ToString())).ToList();
    public DateOnly DefaultDueDate { get; private set; }

    private IReadOnlyList<AuditorWorkload> workloads = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input.Tool = ToolKinds.DefaultFor(Case.CaseType).ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        ModelState.Clear();
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        DateOnly? dueDate = null;
        if (!Input.DueDate.IsEmpty)
        {
            (dueDate, var error) = Input.DueDate.Parse("Enter the due date", "the due date", latest: LatestDueDate);
            if (error is not null)
            {
                ModelState.AddModelError("Input.DueDate", error);
            }
        }

        if (string.IsNullOrEmpty(Input.AuditorId))
        {
            ModelState.AddModelError("Input.AuditorId", "Select an auditor");
        }

        // No tool posted means the usual tool for the case; an unknown one is a tampered form. Every problem at once:
        // the handler checks the rest even when the date or the tool could not be read.
        ToolKind? tool = Enum.TryParse<ToolKind>(Input.Tool, out var kind) && Enum.IsDefined(kind) ? kind : null;
        if (tool is null && !string.IsNullOrEmpty(Input.Tool))
        {
            ModelState.AddModelError("Input.Tool", "Select an audit tool");
        }

        var result = await allocate.HandleAsync(new AllocateCommand(id, Input.AuditorId, dueDate, tool), CurrentStaffId, FormErrors(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ReplaceErrors(new CommandResult());
            foreach (var (field, message) in result.Outcome.Errors)
            {
                // Errors about the case itself (it already has an open audit) belong to the whole form.
                ModelState.AddModelError(field is nameof(AllocateCommand.AuditorId) or nameof(AllocateCommand.DueDate) or nameof(AllocateCommand.Tool) ? $"Input.{field}" : string.Empty, message);
            }

            return Page();
        }

        var name = workloads.Single(a => a.Id == Input.AuditorId).FullName;
        return RedirectWithSuccess($"{result.Value!.ToolKind.SentenceWording()} {result.Value.Reference} allocated to {name}", "/Admin/Cases/Details", new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await cases.FindAsync(id, HttpContext.RequestAborted) is not { } found)
        {
            return false;
        }

        Case = found;
        workloads = await cases.AuditorsAsync(HttpContext.RequestAborted);
        Auditors = workloads.Select(a => new SelectListItem($"{a.FullName} ({a.OpenAudits} open {(a.OpenAudits == 1 ? "audit" : "audits")})", a.Id))
            .ToList();
        DefaultDueDate = await cases.DefaultDueDateAsync(HttpContext.RequestAborted);
        return true;
    }

    public sealed class AllocateInput
    {
        public string? AuditorId { get; set; }
        public string? Tool { get; set; }
        public DateInput DueDate { get; set; } = new();
    }
}
