using System.Diagnostics;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Identity;
using Microsoft.EntityFrameworkCore;

namespace Audit.Tests.Web.Account;

/// <summary>
/// Signing in never tells anyone which accounts exist: an unknown email, a wrong password and a locked account get
/// the same words and the same work, and the holder of a locked account is told by email.
/// </summary>
public sealed class SignInEnumerationTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    private const int Tries = 21;

    private static async Task<(TimeSpan Took, IReadOnlyList<string> Errors)> TimedSignInAsync(AppClient client, string email)
    {
        var form = await client.GetPageAsync("/account/sign-in");
        var watch = Stopwatch.StartNew();
        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "not-the-password-at-all" });
        watch.Stop();
        return (watch.Elapsed, page.ErrorSummary());
    }

    private static double Median(List<TimeSpan> times) => times.Select(t => t.TotalMilliseconds).Order().ElementAt(times.Count / 2);

    [Fact]
    public async Task UnknownAndKnownEmails_GetTheSameWords_AndTakeAboutAsLong()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        var unknown = $"no.one.{Guid.NewGuid():N}@council.example";
        using var client = AppClient.For(app);
        await TimedSignInAsync(client, unknown); // the first request warms the app up; it is not counted
        var known = new List<TimeSpan>();
        var missing = new List<TimeSpan>();
        var words = new HashSet<string>();

        // Interleaved, so load on the machine falls on both alike; the known account locks after five, and a locked
        // account must answer the same too.
        for (var i = 0; i < Tries; i++)
        {
            var (tookKnown, knownErrors) = await TimedSignInAsync(client, staff.Email);
            var (tookMissing, missingErrors) = await TimedSignInAsync(client, unknown);
            known.Add(tookKnown);
            missing.Add(tookMissing);
            words.UnionWith(knownErrors.Concat(missingErrors));
        }

        Assert.Equal([SignInService.FailedMessage], words);
        var (slower, faster) = (Math.Max(Median(known), Median(missing)), Math.Min(Median(known), Median(missing)));
        Assert.True(slower < faster * 3, $"Median sign-in for a known email {Median(known):F1} ms, for an unknown one {Median(missing):F1} ms");
    }

    [Fact]
    public async Task TheAttemptThatLocksAnAccount_IsRecorded_AndTheHolderIsEmailed()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);

        for (var attempt = 0; attempt < 7; attempt++)
        {
            Assert.Equal([SignInService.FailedMessage], (await TimedSignInAsync(client, staff.Email)).Errors);
        }

        Assert.Equal(1, await app.DbAsync(db => db.AccountEvents.CountAsync(e => e.StaffMemberId == staff.Id && e.Kind == AccountEventKind.LockedOut)));
        var email = await app.DbAsync(db => db.OutboxMessages.SingleAsync(m => m.ToAddress == staff.Email && m.Kind == "account-locked"));
        Assert.Contains("locked for 15 minutes", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("/account/forgot-password", email.TextBody, StringComparison.Ordinal);
    }
}
