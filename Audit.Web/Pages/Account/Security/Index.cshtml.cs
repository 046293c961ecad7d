using Audit.Web.Infrastructure;
using Audit.Workflows.Identity;

namespace Audit.Web.Pages.Account.Security;

public sealed class IndexModel(TwoFactorService twoFactor) : AuditPageModel
{
    public AccountSummary Account { get; private set; } = default!;

    public async Task OnGetAsync() => Account = await twoFactor.SummariseAsync(CurrentStaffId);
}
