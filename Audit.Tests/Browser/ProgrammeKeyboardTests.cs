using System.Globalization;
using System.Text;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Audit.Tests.Browser;

/// <summary>
/// The QA lead runs a month's programme with the keyboard alone: imports a case list, opens the month, draws cases at
/// random, reviews the proposed auditors (a conflicting change refused) and confirms; every audit starts and each
/// auditor gets one digest in MailDev. axe-core checks every page on the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProgrammeKeyboardTests
{
    [Fact]
    public async Task QaLead_ImportsSamplesReviewsAndConfirms_ByKeyboardOnly_AndEachAuditorGetsOneDigest()
    {
        await using var mail = new MailDevServer();
        await mail.StartAsync();
        await using var browser = await BrowserSession.StartAsync(app => app.WithSmtp(mail));
        var scenario = await AuditScenario.CreateAsync(browser.App);
        var (team, area) = await browser.App.DbAsync(db => db.Teams.Where(t => t.Id == scenario.TeamId)
            .Select(t => new ValueTuple<string, string>(t.Name, t.ServiceArea!.Name)).SingleAsync());
        var page = await browser.SignInAsync(scenario.QaLead, byKeyboard: true);

        // Import the case list.
        await browser.GoToAsync("/admin/cases/import", page);
        await page.ExpectPageAsync("Import a case list");
        var csv = $"""
            case_reference,case_type,team,worker,start_date,status
            LCS-300001,Child in need,{team},{scenario.Practitioner.Email},01/02/2026,open
            LCS-300002,Child in need,{team},{scenario.Practitioner.Email},,open
            LCS-300003,Child in need,{team},{scenario.Practitioner.Email},,
            """;
        await page.TabToAsync("#Input_File");
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.Keyboard.PressAsync("Space"));
        await chooser.SetFilesAsync(new FilePayload { Name = "cases.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.TabToAsync("form[enctype] button[type=submit]");
        await page.PressAndWaitForPageAsync("Enter");
        Assert.Equal("Case list imported: 3 cases added, 0 updated", await page.SuccessBannerAsync());
        await browser.CheckAccessibilityAsync(page);

        // Open next month's programme, planning three child in need audits in the first service area.
        await browser.GoToAsync("/admin/programme", page);
        await page.TabToAsync("a[href='/admin/programme/open']");
        await page.PressAndWaitForPageAsync("Enter", "Open a month's programme");
        await browser.CheckAccessibilityAsync(page);
        await TypeIntoAsync(page, "#plan-table input[name$='.Planned']", "3");
        await page.TabToAsync("form[novalidate] > button[type=submit]");
        await page.PressAndWaitForPageAsync("Enter");
        var month = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1);
        var name = new DateOnly(month.Year, month.Month, 1).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        await page.ExpectPageAsync(name, "Opening the programme");
        Assert.Equal($"{name} programme opened", await page.SuccessBannerAsync());
        await browser.CheckAccessibilityAsync(page);

        // Draw the three imported cases (the scenario's own case is a child protection case, still being audited).
        await page.TabToAsync("#Input_ServiceAreaId");
        await page.Keyboard.TypeAsync(area);
        await page.TabToAsync("#Input_CaseType");
        await page.Keyboard.TypeAsync("Child in");
        await TypeIntoAsync(page, "#Input_Count", "3");
        await TypeIntoAsync(page, "#Input_Seed", "2718");
        await page.TabToAsync("#draw-form button[type=submit]");
        await page.PressAndWaitForPageAsync("Enter", name);
        Assert.Equal("3 cases drawn with seed 2718", await page.SuccessBannerAsync());
        await browser.CheckAccessibilityAsync(page);

        // Propose auditors and review one line: the team manager is refused with the reason.
        await page.TabToAsync("form[action$='handler=Propose'] button");
        await page.PressAndWaitForPageAsync("Enter", name);
        Assert.Equal("Auditors proposed: review the proposal below", await page.SuccessBannerAsync());
        await browser.CheckAccessibilityAsync(page);
        Assert.Equal(3, await page.Locator("#proposal tbody tr").CountAsync());
        await page.TabToAsync("#proposal a[href^='/admin/programme/cases/']");
        await page.PressAndWaitForPageAsync("Enter");
        await browser.CheckAccessibilityAsync(page);
        await page.TabToAsync("#Input_AuditorId");
        await page.Keyboard.TypeAsync("Toni");
        await page.TabToAsync("form[novalidate] > button[type=submit]");
        await page.PressAndWaitForPageAsync("Enter");
        Assert.Equal("Toni Manager manages the practitioner's team, so cannot audit this case",
            (await page.Locator(".govuk-error-summary__list li").First.InnerTextAsync()).Trim());
        await browser.CheckAccessibilityAsync(page);
        await page.TabToAsync("a.govuk-back-link");
        await page.PressAndWaitForPageAsync("Enter", name);
        await browser.CheckAccessibilityAsync(page);

        // Confirm: every audit starts and each auditor is sent one digest.
        await page.TabToAsync("form[action$='handler=Confirm'] button");
        await page.PressAndWaitForPageAsync("Enter", name);
        Assert.Equal("3 audits allocated; each auditor has been sent one email listing theirs", await page.SuccessBannerAsync());
        await browser.CheckAccessibilityAsync(page);

        var cycleId = await browser.App.DbAsync(db => db.AuditCycles.Select(c => c.Id).SingleAsync());
        var audits = await browser.App.DbAsync(db => db.CaseAudits.AsNoTracking().Include(a => a.CaseFile)
            .Where(a => a.AuditCycleId == cycleId).ToListAsync());
        Assert.Equal(["LCS-300001", "LCS-300002", "LCS-300003"], audits.Select(a => a.CaseFile!.Reference).Order());
        Assert.All(audits, a => Assert.Equal(AuditState.Allocated, a.State));
        Assert.DoesNotContain(audits, a => a.AuditorId == scenario.TeamManager.Id || a.AuditorId == scenario.OtherPractitioner.Id);

        await browser.App.InScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync());
        foreach (var mine in audits.GroupBy(a => a.AuditorId))
        {
            var email = await browser.App.DbAsync(db => db.Users.Where(u => u.Id == mine.Key).Select(u => u.Email!).SingleAsync());
            var digests = (await mail.WaitForAsync(1, email)).Where(e => e.Subject.Contains("allocated to you for", StringComparison.Ordinal)).ToList();
            var digest = Assert.Single(digests);
            Assert.Equal($"{mine.Count()} {(mine.Count() == 1 ? "audit" : "audits")} allocated to you for {name}", digest.Subject);
            Assert.All(mine, a => Assert.Contains($"AUD-{a.Id:D6}", digest.Text, StringComparison.Ordinal));
            Assert.DoesNotContain("LCS-", digest.Text + digest.Html, StringComparison.Ordinal);
        }

        // An allocated audit opens from the proposal table.
        await page.TabToAsync("#proposal a[href^='/audits/']");
        await page.PressAndWaitForPageAsync("Enter");
        await browser.CheckAccessibilityAsync(page);
        browser.AssertNoAccessibilityViolations();
    }

    private static async Task TypeIntoAsync(IPage page, string selector, string text)
    {
        await page.TabToAsync(selector);
        await page.Keyboard.TypeAsync(text);
    }
}
