using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Allocation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Cases;

public sealed class AddModel(CaseService cases) : AuditPageModel
{
    [BindProperty]
    public AddCaseInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> CaseTypes { get; } =
        Enum.GetValues<CaseType>().Select(t => new SelectListItem(t.Display(), t.ToString())).ToList();

    public IReadOnlyList<SelectListItem> AgeBands { get; } =
        Enum.GetValues<AgeBand>().Select(b => new SelectListItem(b.Display(), b.ToString())).ToList();

    public IReadOnlyList<SelectListItem> Teams { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Practitioners { get; private set; } = [];

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        // Unreadable choices (a tampered form) become "not chosen": the service then says what to select.
        ModelState.Clear();
        var result = await cases.AddAsync(new AddCaseCommand(Input.Reference, Input.CaseType, Input.AgeBand, Input.TeamId, Input.PractitionerId),
            CurrentStaffId, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            AddErrors(result.Outcome);
            await LoadAsync();
            return Page();
        }

        return RedirectWithSuccess($"Case {result.Value!.Reference} added", "/Admin/Cases/Details", new { id = result.Value.Id });
    }

    private async Task LoadAsync()
    {
        Teams = (await cases.TeamsAsync(HttpContext.RequestAborted)).Select(t => new SelectListItem(t.Text, t.Value)).ToList();
        Practitioners = (await cases.PractitionersAsync(HttpContext.RequestAborted)).Select(p => new SelectListItem(p.Text, p.Value)).ToList();
    }

    public sealed class AddCaseInput
    {
        public string? Reference { get; set; }
        public CaseType? CaseType { get; set; }
        public AgeBand? AgeBand { get; set; }
        public int? TeamId { get; set; }
        public string? PractitionerId { get; set; }
    }
}
