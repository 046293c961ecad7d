using Audit.Web.Infrastructure;
using Audit.Workflows.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Account;

public sealed class SignInCodeModel(SignInService signIn) : AuditPageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "recovery")]
    public bool UseRecoveryCode { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.HasPendingTwoFactorAsync() ? Page() : RedirectToPage("/Account/SignIn");

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await signIn.HasPendingTwoFactorAsync())
        {
            return RedirectToPage("/Account/SignIn");
        }

        if (string.IsNullOrWhiteSpace(Input.Code))
        {
            ModelState.AddModelError("Input.Code", UseRecoveryCode ? "Enter a recovery code" : "Enter the code from your authenticator app");
            return Page();
        }

        switch (await signIn.TwoFactorSignInAsync(Input.Code, UseRecoveryCode))
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(ReturnUrl is { } url && Url.IsLocalUrl(url) ? url : "/");
            case SignInOutcome.LockedOut:
                ModelState.AddModelError("Input.Code", "Your account is locked because of too many unsuccessful attempts. Try again in 15 minutes");
                return Page();
            default:
                ModelState.AddModelError("Input.Code", UseRecoveryCode
                    ? "The recovery code is not correct or has already been used"
                    : "The code is not correct. Enter the code shown in your authenticator app now");
                return Page();
        }
    }

    public sealed class CodeInput
    {
        public string? Code { get; set; }
    }
}
