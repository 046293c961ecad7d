using Audit.Web.Infrastructure;
using Audit.Workflows.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Account.Security;

public sealed class TurnOffAuthenticatorModel(TwoFactorService twoFactor) : AuditPageModel
{
    public bool Allowed { get; private set; }

    public async Task OnGetAsync() => Allowed = !(await twoFactor.SummariseAsync(CurrentStaffId)).MustUseAuthenticator;

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await twoFactor.TurnOffAsync(CurrentStaffId);
        if (!result.Succeeded)
        {
            AddErrors(result);
            return Page();
        }

        return RedirectWithSuccess("Your authenticator app has been turned off", "/Account/Security/Index");
    }
}
