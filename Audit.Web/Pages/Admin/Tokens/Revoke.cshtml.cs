using Audit.Web.Infrastructure;
using Audit.Workflows.Reporting.Feeds;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Tokens;

/// <summary>Asks before revoking a token: it stops working at once, and whatever uses it stops refreshing.</summary>
public sealed class RevokeModel(AccessTokens tokens) : AuditPageModel
{
    public AccessTokenItem Token { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await tokens.FindAsync(id, cancellationToken) is not { } token)
        {
            return NotFound();
        }

        if (token.RevokedAt is not null)
        {
            SuccessMessage = $"‘{token.Name}’ is already revoked";
            return LocalRedirect("/admin/tokens");
        }

        Token = token;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var result = await tokens.RevokeAsync(id, CurrentStaffId, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        SuccessMessage = $"You revoked ‘{result.Value!.Name}’ for {result.Value.OwnerName}. It no longer works.";
        return LocalRedirect("/admin/tokens");
    }
}
