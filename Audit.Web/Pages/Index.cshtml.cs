using Audit.Data.Models;
using Audit.Web.Infrastructure;

namespace Audit.Web.Pages;

public sealed class IndexModel : AuditPageModel
{
    public IReadOnlyList<string> Roles { get; private set; } = [];

    public void OnGet() => Roles = Audit.Data.Models.Roles.All.Where(User.IsInRole).ToList();
}
