using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Actions;
using Audit.Workflows.DeepDive;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Actions;

/// <summary>
/// The actions pages: the signed-in person's own actions, and the views their roles give them (their team's,
/// service area's, directorate's, all, those they may confirm), filtered by status and due date and sorted.
/// </summary>
public sealed class IndexModel(ActionQueries actions, AuditAccess access) : AuditPageModel
{
    [BindProperty(SupportsGet = true)]
    public ActionView View { get; set; } = ActionView.Mine;

    [BindProperty(SupportsGet = true)]
    public ActionStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public ActionDueFilter? Due { get; set; }

    [BindProperty(SupportsGet = true)]
    public ActionSort Sort { get; set; } = ActionSort.DueDate;

    public IReadOnlyList<ActionView> Views { get; private set; } = [];
    public ActionListPage Actions { get; private set; } = new([], 0, 1, 1);
    public Pagination Pagination { get; private set; } = default!;

    public static IReadOnlyList<SelectListItem> Statuses { get; } =
        Enum.GetValues<ActionStatus>().Select(s => new SelectListItem(ActionDisplay.StatusText(s), s.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> DueChoices { get; } =
    [
        new("Overdue", nameof(ActionDueFilter.Overdue)),
        new("Due within a week", nameof(ActionDueFilter.DueWithinAWeek)),
        new("Due within a month", nameof(ActionDueFilter.DueWithinAMonth)),
    ];

    public static IReadOnlyList<SelectListItem> SortChoices { get; } =
    [
        new("Due date, soonest first", nameof(ActionSort.DueDate)),
        new("Due date, latest first", nameof(ActionSort.DueDateLatestFirst)),
        new("Audit reference, oldest first", nameof(ActionSort.AuditReference)),
        new("Audit reference, newest first", nameof(ActionSort.AuditReferenceNewestFirst)),
    ];

    public static string ViewName(ActionView view) => view switch
    {
        ActionView.Mine => "My actions",
        ActionView.ToConfirm => "To confirm",
        ActionView.Team => "My team's",
        ActionView.ServiceArea => "My service area's",
        ActionView.Directorate => "My directorate's",
        _ => "All actions",
    };

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? page)
    {
        // A filter that cannot be read is no filter; a view the person's roles do not give them does not exist.
        ModelState.Clear();
        Views = await access.ActionViewsAsync(CurrentStaffId, HttpContext.RequestAborted);
        var filter = new ActionListFilter(View, Status, Due, Sort, Pagination.ParsePageNumber(page));
        if (await actions.ListAsync(CurrentStaffId, filter, HttpContext.RequestAborted) is not { } list)
        {
            return NotFound();
        }

        Actions = list;
        Pagination = Pagination.ForRequest(Request, Actions.Page, Actions.PageCount);
        return Page();
    }

    public string ViewLink(ActionView view) => view == ActionView.Mine ? "/actions" : $"/actions?view={view}";
}
