using Audit.Web.Infrastructure;
using Audit.Workflows.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Account;

/// <summary>The link in a password reset email.</summary>
public sealed class ResetPasswordModel(PasswordService passwords) : AuditPageModel
{
    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "id")]
    public string? StaffMemberId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Done { get; set; }

    public bool LinkIsValid { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        LinkIsValid = !Done && await passwords.IsResetLinkValidAsync(StaffMemberId, Code);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await passwords.ResetAsync(new ResetPasswordCommand(StaffMemberId, Code, Input.Password, Input.ConfirmPassword));
        if (result.Succeeded)
        {
            return RedirectToPage(new { done = true });
        }

        Done = false;
        LinkIsValid = await passwords.IsResetLinkValidAsync(StaffMemberId, Code);
        AddErrors(result);
        return Page();
    }

    public sealed class NewPasswordInput
    {
        public string? Password { get; set; }
        public string? ConfirmPassword { get; set; }
    }
}
