using System.Text.RegularExpressions;
using Audit.Data.Models;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Notifications;
using Audit.Workflows.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Web.Account;

/// <summary>Steps the account tests share: inviting someone and finding the link in the email they were sent.</summary>
internal static partial class AccountSteps
{
    public const string StrongPassword = "correct horse battery staple";

    public static Task InviteAsync(AuditAppFactory app, string email, string fullName = "Robin Ellis", params string[] roles) =>
        app.InScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<InvitationService>()
                .InviteAsync(new InviteStaffCommand(fullName, email, null, null, roles.Length == 0 ? [Roles.Practitioner] : roles), actorId: null);
            Assert.True(result.Succeeded, string.Join("; ", result.Outcome.Errors.Select(e => e.Value)));
        });

    public static Task ResendAsync(AuditAppFactory app, string email) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Audit.Data.AuditDbContext>();
            var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var result = await sp.GetRequiredService<InvitationService>().ResendAsync(id, actorId: null);
            Assert.True(result.Succeeded);
        });

    /// <summary>Delivers everything in the outbox now, as the scheduler would.</summary>
    public static Task<int> SendEmailsAsync(AuditAppFactory app) =>
        app.InScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync());

    /// <summary>The text of the newest email queued for this address.</summary>
    public static Task<string> LatestEmailTextAsync(AuditAppFactory app, string email) =>
        app.DbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == email)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Select(m => m.TextBody).FirstAsync());

    /// <summary>The path and query of the first link in <paramref name="text"/> to an address under <paramref name="path"/>.</summary>
    public static string LinkTo(string text, string path)
    {
        var match = Link().Matches(text).Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath.StartsWith(path, StringComparison.Ordinal));
        Assert.True(match is not null, $"No link to {path} in:\n{text}");
        return match.PathAndQuery;
    }

    [GeneratedRegex(@"https://\S+")]
    private static partial Regex Link();
}
