using Audit.Web.Infrastructure;
using Audit.Workflows.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Staff;

public sealed class IndexModel(StaffService staff) : AuditPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    public IReadOnlyList<StaffListItem> People { get; private set; } = [];

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || !string.IsNullOrEmpty(Status) || !string.IsNullOrEmpty(Role);

    public static IReadOnlyList<SelectListItem> StatusItems { get; } =
    [
        new("Active", nameof(StaffStatus.Active)),
        new("Invited (no password yet)", nameof(StaffStatus.Invited)),
        new("Deactivated (left)", nameof(StaffStatus.Deactivated)),
    ];

    public async Task OnGetAsync()
    {
        StaffStatus? status = Enum.TryParse<StaffStatus>(Status, ignoreCase: true, out var parsed) ? parsed : null;
        People = await staff.SearchAsync(new StaffSearch(Search, status, Role), HttpContext.RequestAborted);
    }
}
