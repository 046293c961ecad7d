using Audit.Web.Infrastructure;
using Audit.Workflows.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Account;

public sealed class SignInModel(SignInService signIn) : AuditPageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", "Enter your email address");
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", "Enter your password");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await signIn.PasswordSignInAsync(Input.Email!, Input.Password!))
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(SafeReturnUrl);
            case SignInOutcome.RequiresTwoFactor:
                return RedirectToPage("/Account/SignInCode", new { returnUrl = SafeReturnUrl });
            default:
                // The same words whether the account exists, the password was wrong or the account is locked.
                ModelState.AddModelError("Input.Email", SignInService.FailedMessage);
                return Page();
        }
    }

    private string SafeReturnUrl => ReturnUrl is { } url && Url.IsLocalUrl(url) ? url : "/";

    public sealed class SignInInput
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }
}
