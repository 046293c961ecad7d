using Audit.Web.Infrastructure;
using Audit.Workflows.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Account;

public sealed class ForgotPasswordModel(PasswordService passwords) : AuditPageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    /// <summary>Shows the confirmation, which is the same whether or not an account exists.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await passwords.RequestResetAsync(Input.Email);
        if (!result.Succeeded)
        {
            Sent = false;
            AddErrors(result);
            return Page();
        }

        return RedirectToPage(new { sent = true });
    }

    public sealed class EmailInput
    {
        public string? Email { get; set; }
    }
}
