using Audit.Web.Infrastructure;
using Audit.Workflows.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Account.Security;

/// <summary>
/// Setting up an authenticator app. QA leads and assistant directors are sent here (with ?required=true) until
/// they have done it.
/// </summary>
public sealed class AuthenticatorModel(TwoFactorService twoFactor) : AuditPageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Required { get; set; }

    public AuthenticatorSetUp SetUp { get; private set; } = default!;

    public string QrCode => QrCodeImage.SvgDataUri(SetUp.AuthenticatorUri);

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.UsesTwoFactor())
        {
            // Showing the key again would let anyone at an unlocked screen copy it: resetting makes a new one.
            return RedirectToPage("/Account/Security/ResetAuthenticator");
        }

        SetUp = await twoFactor.GetSetUpAsync(CurrentStaffId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await twoFactor.EnableAsync(CurrentStaffId, Input.Code);
        if (!result.Succeeded)
        {
            SetUp = await twoFactor.GetSetUpAsync(CurrentStaffId);
            AddErrors(result.Outcome);
            return Page();
        }

        RecoveryCodesModel.Show(TempData, result.Value!);
        return RedirectWithSuccess("Your authenticator app is set up", "/Account/Security/RecoveryCodes");
    }

    public sealed class CodeInput
    {
        public string? Code { get; set; }
    }
}
