using Audit.Web.Infrastructure;
using Audit.Workflows.Identity;
using Audit.Workflows.Staff;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Account;

/// <summary>The link in an invitation email: the person sets their password and is signed in.</summary>
public sealed class InvitationModel(InvitationService invitations, SignInService signIn) : AuditPageModel
{
    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    [FromRoute]
    public string? Token { get; set; }

    public InvitationCheck Check { get; private set; } = new(InvitationState.NotFound, null, null);

    public async Task<IActionResult> OnGetAsync()
    {
        Check = await invitations.CheckAsync(Token);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await invitations.AcceptAsync(Token, Input.Password, Input.ConfirmPassword);
        if (result.Succeeded)
        {
            await signIn.SignInAsync(result.Value!, "Set a password from an invitation");
            SuccessMessage = "Your password has been set";
            return LocalRedirect("/");
        }

        Check = await invitations.CheckAsync(Token);
        AddErrors(result.Outcome);
        return Page();
    }

    /// <summary>The heading for a link that cannot be used.</summary>
    public string RefusalHeading => Check.State switch
    {
        InvitationState.Expired => "Your invitation has expired",
        InvitationState.Used => "This invitation has already been used",
        InvitationState.Replaced => "This invitation has been replaced",
        InvitationState.AccountInactive => "Your account is not active",
        _ => "This invitation link is not valid",
    };

    public sealed class NewPasswordInput
    {
        public string? Password { get; set; }
        public string? ConfirmPassword { get; set; }
    }
}
