using Audit.Web.Infrastructure;
using Audit.Workflows.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Account;

/// <summary>Signing out is a POST (from the header button); a GET shows a button so links cannot sign people out.</summary>
public sealed class SignOutModel(SignInService signIn) : AuditPageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync(User.StaffMemberId());
        return RedirectToPage("/Account/SignedOut");
    }
}
