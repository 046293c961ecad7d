using Audit.Web.Infrastructure;
using Audit.Workflows.Reporting.Feeds;

namespace Audit.Web.Pages.Admin.Tokens;

/// <summary>The feeds' personal access tokens: who holds each, when it expires and was last used, and revoking.</summary>
public sealed class IndexModel(AccessTokens tokens, TimeProvider clock) : AuditPageModel
{
    public IReadOnlyList<AccessTokenItem> Tokens { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Tokens = await tokens.ListAsync(cancellationToken);
    }

    public static (string Text, string Colour) Status(AccessTokenItem token, DateTimeOffset now) => token switch
    {
        { RevokedAt: not null } => ("Revoked", "govuk-tag--red"),
        _ when token.ExpiresAt <= now => ("Expired", "govuk-tag--grey"),
        _ => ("Active", "govuk-tag--green"),
    };
}
