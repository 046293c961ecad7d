using Audit.Web.Infrastructure;
using Audit.Workflows.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Account.Security;

public sealed class ChangePasswordModel(PasswordService passwords) : AuditPageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await passwords.ChangeAsync(new ChangePasswordCommand(CurrentStaffId, Input.CurrentPassword, Input.Password, Input.ConfirmPassword));
        if (!result.Succeeded)
        {
            AddErrors(result);
            return Page();
        }

        return RedirectWithSuccess("Your password has been changed", "/Account/Security/Index");
    }

    public sealed class ChangePasswordInput
    {
        public string? CurrentPassword { get; set; }
        public string? Password { get; set; }
        public string? ConfirmPassword { get; set; }
    }
}
