using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Hardening;

/// <summary>
/// A property over the forms: whatever hostile values are typed (long, empty, other scripts, control characters,
/// numbers at the edges, malformed dates), the answer is never a 500, and a refused post saves nothing. Values come
/// from a seeded generator, so a failure names the seed and repeats exactly.
/// </summary>
public sealed class HostileFormPropertyTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    private const int Seed = 20261202;
    private const int Runs = 12;

    private static Dictionary<string, string> Values(Random random, params string[] fields) =>
        fields.ToDictionary(f => f, _ => HostileValues.Next(random));

    private static void AssertNoServerError(HttpResponseMessage response, string form, int run) =>
        Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"{form} answered 500 on run {run} of seed {Seed}");

    private static bool Succeeded(IHtmlDocument page) => page.SuccessBanner() is not null;

    [Fact]
    public async Task HostileValues_OnEveryForm_NeverGiveA500_AndARefusalSavesNothing()
    {
        var random = new Random(Seed);
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);

        for (var run = 0; run < Runs; run++)
        {
            var audit = await scenario.AuditAsync();

            var extend = Values(random, "Input.DueDate.Day", "Input.DueDate.Month", "Input.DueDate.Year", "Input.Reason");
            var (extended, extendPage) = await lead.SubmitAsync(await lead.GetPageAsync($"/audits/{scenario.AuditId}/extend"), extend);
            AssertNoServerError(extended, "Extend", run);

            var reallocate = Values(random, "Input.AuditorId", "Input.DueDate.Day", "Input.DueDate.Month", "Input.DueDate.Year");
            var (reallocated, reallocatePage) = await lead.SubmitAsync(await lead.GetPageAsync($"/audits/{scenario.AuditId}/reallocate"), reallocate);
            AssertNoServerError(reallocated, "Reallocate", run);
            if (!Succeeded(extendPage) && !Succeeded(reallocatePage))
            {
                var after = await scenario.AuditAsync();
                Assert.Equal((audit.Version, audit.DueDate, audit.AuditorId), (after.Version, after.DueDate, after.AuditorId));
            }

            var invite = Values(random, "Input.FullName", "Input.Email", "Input.JobTitle", "Input.TeamId");
            var (invited, invitePage) = await lead.SubmitAsync(await lead.GetPageAsync("/admin/staff/invite"), invite);
            AssertNoServerError(invited, "Invite", run);
            if (!Succeeded(invitePage))
            {
                Assert.False(await app.DbAsync(db => db.Users.AnyAsync(u => u.Email == invite["Input.Email"])), $"Invite saved on run {run}");
            }

            var addCase = Values(random, "Input.Reference", "Input.CaseType", "Input.AgeBand", "Input.TeamId", "Input.PractitionerId");
            var (added, addPage) = await lead.SubmitAsync(await lead.GetPageAsync("/admin/cases/add"), addCase);
            AssertNoServerError(added, "Add a case", run);
            if (!Succeeded(addPage))
            {
                Assert.False(await app.DbAsync(db => db.CaseFiles.AnyAsync(c => c.Reference == addCase["Input.Reference"])), $"Case saved on run {run}");
            }

            var holiday = Values(random, "Input.Date.Day", "Input.Date.Month", "Input.Date.Year", "Input.Name");
            var holidayName = $"{holiday["Input.Name"]}{run.ToString(CultureInfo.InvariantCulture)}";
            holiday["Input.Name"] = holidayName;
            var (holidayAdded, holidayPage) = await lead.SubmitAsync(await lead.GetPageAsync("/admin/settings/bank-holidays"), holiday, "#add-holiday");
            AssertNoServerError(holidayAdded, "Bank holiday", run);
            if (!Succeeded(holidayPage))
            {
                Assert.False(await app.DbAsync(db => db.BankHolidays.AnyAsync(h => h.Name == holidayName)), $"Bank holiday saved on run {run}");
            }
        }
    }
}
