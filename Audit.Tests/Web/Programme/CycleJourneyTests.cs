using System.Globalization;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Programme;

/// <summary>
/// A month's programme over real form posts: opened (every problem at once first), cases drawn with each exclusion
/// honoured, auditors proposed without conflicts and within capacity, a conflicting change refused with its reason,
/// and the confirmation allocating every case with one digest email per auditor, through MailDev.
/// </summary>
public sealed class CycleJourneyTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();
    private readonly MailDevServer mail = new();

    public async ValueTask InitializeAsync()
    {
        await mail.StartAsync();
        app.WithSmtp(mail);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await mail.DisposeAsync();
    }

    private static Dictionary<string, string> Plans(Dictionary<string, string> values, AngleSharp.Html.Dom.IHtmlDocument page, string planned)
    {
        foreach (var input in page.QuerySelectorAll("#plan-table input[name$='.Planned']"))
        {
            values[input.GetAttribute("name")!] = string.Empty;
        }

        values[page.QuerySelector("#plan-table input[name$='.Planned']")!.GetAttribute("name")!] = planned;
        return values;
    }

    [Fact]
    public async Task QaLead_OpensAMonth_DrawsCases_ReviewsTheProposal_AndConfirms_AndEachAuditorGetsOneDigest()
    {
        var scenario = await AuditScenario.CreateAsync(app, caseReference: "LCS-100000");
        var cases = new List<int>();
        for (var i = 1; i <= 6; i++)
        {
            cases.Add(await scenario.AddCaseAsync($"LCS-10000{i}"));
        }

        await app.DbAsync(async db =>
        {
            (await db.CaseFiles.SingleAsync(c => c.Id == cases[0])).IsClosed = true;
            return await db.SaveChangesAsync();
        });
        Assert.True((await scenario.AllocateAsync(cases[1], scenario.OtherAuditor.Id)).Succeeded); // still being audited
        using var lead = await SignedInAsync(app, scenario.QaLead);

        // The moderator can take no audits this month.
        var availability = await lead.GetPageAsync($"/admin/staff/{scenario.Moderator.Id}/availability");
        var (_, saved) = await lead.SubmitAsync(availability, new Dictionary<string, string> { ["Capacity.Value"] = "0" }, "form[action$='handler=Capacity']");
        Assert.Equal("Morgan Moderator can take 0 audits a month", saved.SuccessBanner());

        var open = await lead.GetPageAsync("/admin/programme/open");
        var (_, refused) = await lead.SubmitAsync(open, Plans(new() { ["Input.Month"] = "2026-13", ["Input.DueDate.Day"] = "31", ["Input.DueDate.Month"] = "2", ["Input.DueDate.Year"] = "2027" }, open, "lots"));
        Assert.Equal(["Select the month of the cycle", "Enter a real date", "Planned audits must be a whole number from 0 to 500"], refused.ErrorSummary());
        Assert.Equal(0, await app.DbAsync(db => db.AuditCycles.CountAsync()));

        var month = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1);
        var due = new DateOnly(month.Year, month.Month, 1).AddMonths(1).AddDays(-1);
        var (_, cyclePage) = await lead.SubmitAsync(open, Plans(new()
        {
            ["Input.Month"] = month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            ["Input.DueDate.Day"] = due.Day.ToString(CultureInfo.InvariantCulture), ["Input.DueDate.Month"] = due.Month.ToString(CultureInfo.InvariantCulture),
            ["Input.DueDate.Year"] = due.Year.ToString(CultureInfo.InvariantCulture),
        }, open, "3"));
        var name = new DateOnly(month.Year, month.Month, 1).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        Assert.Equal($"{name} programme opened", cyclePage.SuccessBanner());
        var cycleId = await app.DbAsync(db => db.AuditCycles.Select(c => c.Id).SingleAsync());
        var area = await app.DbAsync(db => db.Teams.Where(t => t.Id == scenario.TeamId).Select(t => t.ServiceAreaId).SingleAsync());

        var (_, drawn) = await lead.SubmitAsync(cyclePage, new Dictionary<string, string>
        {
            ["Input.ServiceAreaId"] = area.ToString(CultureInfo.InvariantCulture), ["Input.CaseType"] = nameof(CaseType.ChildInNeed),
            ["Input.Count"] = "3", ["Input.ExcludedMonths"] = "12", ["Input.Seed"] = "4242",
        }, "#draw-form");
        Assert.Equal("3 cases drawn with seed 4242", drawn.SuccessBanner());
        Assert.Contains("3 of 3 child in need cases", drawn.QuerySelector("#draws")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("from 4 eligible. Left out: 1 closed, 1 audited in the last 12 months or still being audited, 0 already in this programme",
            string.Join(' ', drawn.QuerySelector("#draws")!.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        var lines = await app.DbAsync(db => db.CycleCases.AsNoTracking().Where(c => c.AuditCycleId == cycleId).ToListAsync());
        Assert.Equal(3, lines.Count);
        Assert.DoesNotContain(lines, l => l.CaseFileId == cases[0] || l.CaseFileId == cases[1]);

        var (_, proposed) = await lead.SubmitAsync(drawn, new Dictionary<string, string>(), "form[action$='handler=Propose']");
        Assert.Equal("Auditors proposed: review the proposal below", proposed.SuccessBanner());
        lines = await app.DbAsync(db => db.CycleCases.AsNoTracking().Where(c => c.AuditCycleId == cycleId).OrderBy(c => c.Id).ToListAsync());
        // Avery and Olly each carry one open audit; the moderator has no capacity; Toni manages the team and Jo works in it.
        Assert.Equal(2, lines.Count(l => l.ProposedAuditorId == scenario.Auditor.Id));
        Assert.Equal(1, lines.Count(l => l.ProposedAuditorId == scenario.OtherAuditor.Id));

        var line = await lead.GetPageAsync($"/admin/programme/cases/{lines[0].Id}");
        var (_, conflict) = await lead.SubmitAsync(line, new Dictionary<string, string> { ["Input.AuditorId"] = scenario.TeamManager.Id });
        Assert.Equal(["Toni Manager manages the practitioner's team, so cannot audit this case"], conflict.ErrorSummary());
        var (_, full) = await lead.SubmitAsync(line, new Dictionary<string, string> { ["Input.AuditorId"] = scenario.Moderator.Id });
        Assert.Equal(["Morgan Moderator already has 0 audits this cycle, their monthly capacity of 0"], full.ErrorSummary());

        var review = await lead.GetPageAsync($"/admin/programme/{cycleId}");
        var (_, confirmed) = await lead.SubmitAsync(review, new Dictionary<string, string>(), "form[action$='handler=Confirm']");
        Assert.Equal("3 audits allocated; each auditor has been sent one email listing theirs", confirmed.SuccessBanner());
        var audits = await app.DbAsync(db => db.CaseAudits.AsNoTracking().Where(a => a.AuditCycleId == cycleId).ToListAsync());
        Assert.Equal(3, audits.Count);
        Assert.All(audits, a => Assert.Equal((AuditState.Allocated, due), (a.State, a.DueDate)));
        Assert.Equal("3", confirmed.QuerySelector("#by-service-area tbody td:nth-child(3)")!.TextContent.Trim());

        await app.InScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync());
        var digest = Assert.Single(await mail.WaitForAsync(2, scenario.Auditor.Email), e => e.Subject.Contains("allocated to you for", StringComparison.Ordinal));
        Assert.Equal($"2 audits allocated to you for {name}", digest.Subject);
        foreach (var audit in audits.Where(a => a.AuditorId == scenario.Auditor.Id))
        {
            Assert.Contains($"AUD-{audit.Id:D6}", digest.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("LCS-", digest.Text + digest.Html, StringComparison.Ordinal);
        var olly = (await mail.WaitForAsync(2, scenario.OtherAuditor.Email)).Where(e => e.Subject.Contains("allocated to you for", StringComparison.Ordinal));
        Assert.Equal($"1 audit allocated to you for {name}", Assert.Single(olly).Subject);
    }
}
