using Audit.Web.Infrastructure;
using Audit.Workflows.Identity;
using Audit.Workflows.Inbox;

namespace Audit.Web.Pages;

/// <summary>The home page: everything waiting on the signed-in person.</summary>
public sealed class IndexModel(InboxService inbox) : AuditPageModel
{
    public IReadOnlyList<InboxItem> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await inbox.ForAsync(CurrentStaffId, User.RoleNames(), HttpContext.RequestAborted);
}
