using Audit.Web.Infrastructure;
using Audit.Workflows.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Account.Security;

public sealed class ResetAuthenticatorModel(TwoFactorService twoFactor) : AuditPageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await twoFactor.ResetAsync(CurrentStaffId);
        return RedirectToPage("/Account/Security/Authenticator");
    }
}
