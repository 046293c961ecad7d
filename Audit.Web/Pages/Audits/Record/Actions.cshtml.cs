using System.ComponentModel.DataAnnotations;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Grading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Audits.Record;

/// <summary>The corrective actions: a table with Change and Remove, and a form to add one (or change the one chosen).</summary>
public sealed class ActionsModel(AuditFormService forms, Audit.Workflows.Actions.ActionOwners owners) : RecordPageModel(forms)
{
    [FromRoute]
    public int? ActionId { get; set; }

    [BindProperty]
    public ActionInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Owners { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> ForChoices { get; } =
    [
        new("The child", nameof(ActionFor.Child)),
        new("Practice", nameof(ActionFor.Practice)),
        new("Learning", nameof(ActionFor.Learning)),
    ];

    public override string Heading => "Corrective actions";

    public bool IsChanging => ActionId is not null;

    public async Task<IActionResult> OnGetAsync()
    {
        var page = await ShowAsync(() =>
        {
            if (ActionId is { } actionId && Form.Actions.FirstOrDefault(a => a.Id == actionId) is { } action)
            {
                Input = new ActionInput
                {
                    Description = action.Description,
                    For = action.For,
                    OwnerId = action.OwnerId,
                    DueDate = DateInput.From(action.DueDate),
                };
            }
        });
        if (page is PageResult && ActionId is { } id && Form.Actions.All(a => a.Id != id))
        {
            return NotFound();
        }

        await ListOwnersAsync(page);
        return page;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var page = await SaveAsync(
            async () =>
            {
                var dueDate = ReadDate(Input.DueDate, nameof(Input.DueDate), "the date the action is due", LatestDueDate);
                return await Forms.SaveActionAsync(new SaveActionCommand(Id, ActionId, Version, Input.Description, Input.For, Input.OwnerId, dueDate), CurrentStaffId, FormErrors());
            },
            () => $"/audits/{Id}/record/actions",
            () => IsChanging ? "You have changed the action" : "You have added the action");
        await ListOwnersAsync(page);
        return page;
    }

    public async Task<IActionResult> OnPostRemoveAsync(int removeId)
    {
        var page = await SaveAsync(
            async () => await Forms.RemoveActionAsync(Id, removeId, Version, CurrentStaffId),
            () => $"/audits/{Id}/record/actions",
            () => "You have removed the action");
        await ListOwnersAsync(page);
        return page;
    }

    private async Task ListOwnersAsync(IActionResult page)
    {
        if (page is PageResult)
        {
            Owners = (await owners.ForAuditAsync(Id, HttpContext.RequestAborted))
                .Select(s => new SelectListItem(s.JobTitle is null ? s.FullName : $"{s.FullName} ({s.JobTitle})", s.Id))
                .ToList();
        }
    }

    public sealed class ActionInput
    {
        [DataType(DataType.MultilineText)]
        public string? Description { get; set; }
        public ActionFor? For { get; set; }
        public string? OwnerId { get; set; }
        public DateInput DueDate { get; set; } = new();
    }
}
