using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Audit.Tests.Browser;

/// <summary>
/// The auditor records and submits a whole deep dive with the keyboard alone: Tab to move, arrows and Space to choose,
/// typing, and Enter to follow links and press buttons. axe-core checks every page on the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DeepDiveKeyboardTests
{
    [Fact]
    public async Task Auditor_CompletesAndSubmitsADeepDive_ByKeyboardOnly_WithNoAccessibilityViolations()
    {
        await using var browser = await BrowserSession.StartAsync();
        var scenario = await AuditScenario.CreateAsync(browser.App);
        await scenario.StartAsync();
        var page = await browser.SignInAsync(scenario.Auditor, byKeyboard: true);

        await browser.GoToAsync($"/audits/{scenario.AuditId}", page);
        await page.TabToAsync("#continue-audit-link");
        await page.PressAndWaitForPageAsync("Enter", "Record the audit");
        await browser.CheckAccessibilityAsync(page);

        await page.TabToAsync(".govuk-task-list__link");
        await page.PressAndWaitForPageAsync("Enter");
        while (page.Url.Contains("/record/sections/", StringComparison.Ordinal))
        {
            await browser.CheckAccessibilityAsync(page);
            var title = await H1Async(page);
            if (await page.Locator("input[name='Input.Grade']").CountAsync() > 0)
            {
                await ChooseRadioAsync(page, "Input.Grade", nameof(Grade.Inadequate));
            }

            await page.TabToAsync("#Input_Evidence");
            await page.Keyboard.TypeAsync($"Evidence for {title}");
            await SaveAndContinueAsync(page);
        }

        await page.ExpectPageAsync("Record the audit", "Completing the last section");
        await page.TabToAsync("a[href$='/record/feedback']");
        await page.PressAndWaitForPageAsync("Enter");
        await browser.CheckAccessibilityAsync(page);
        await ChooseRadioAsync(page, "Input.Sought", "True");
        await TypeIntoAsync(page, "#Input_SoughtFrom", "The child and her mother");
        await ChooseRadioAsync(page, "Input.Obtained", "True");
        await TypeIntoAsync(page, "#Input_Summary", "They felt listened to");
        await SaveAndContinueAsync(page, "Discussion with the practitioner");

        await browser.CheckAccessibilityAsync(page);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await ChooseRadioAsync(page, "Input.Held", "True");
        await TypeIntoAsync(page, "#Input_Date", today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await TypeIntoAsync(page, "#Input_Date-month", today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await TypeIntoAsync(page, "#Input_Date-year", today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await TypeIntoAsync(page, "#Input_PractitionerView", "Agreed with the findings");
        await SaveAndContinueAsync(page, "Strengths, areas for development and themes");

        await browser.CheckAccessibilityAsync(page);
        await TypeIntoAsync(page, "#Input_Strengths", "Warm relationships with the family");
        await TypeIntoAsync(page, "#Input_AreasForDevelopment", "Plans drift between reviews");
        await page.TabToAsync("#Input_ThemeIds");
        await page.Keyboard.PressAsync("Space");
        await SaveAndContinueAsync(page, "Corrective actions");

        await browser.CheckAccessibilityAsync(page);
        await TypeIntoAsync(page, "#Input_Description", "Review the child's plan");
        await ChooseRadioAsync(page, "Input.For", nameof(ActionFor.Child));
        await page.TabToAsync("#Input_OwnerId");
        await page.Keyboard.TypeAsync("Toni");
        var due = today.AddDays(14);
        await TypeIntoAsync(page, "#Input_DueDate", due.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await TypeIntoAsync(page, "#Input_DueDate-month", due.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await TypeIntoAsync(page, "#Input_DueDate-year", due.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.TabToAsync("#action-form button[type=submit]");
        await page.PressAndWaitForPageAsync("Enter", "Corrective actions");
        Assert.Equal(1, await page.Locator("#actions-table tbody tr").CountAsync());
        await browser.CheckAccessibilityAsync(page);
        await page.TabToAsync("#continue");
        await page.PressAndWaitForPageAsync("Enter", "Overall grade");

        await browser.CheckAccessibilityAsync(page);
        await ChooseRadioAsync(page, "Input.Grade", nameof(Grade.Inadequate));
        await TypeIntoAsync(page, "#Input_Rationale", "No safety plan despite repeated incidents");
        await SaveAndContinueAsync(page, "Check your answers before submitting the audit");

        await browser.CheckAccessibilityAsync(page);
        await page.TabToAsync("#submit-audit");
        await page.PressAndWaitForPageAsync("Enter", $"AUD-{scenario.AuditId:D6} Awaiting moderation");

        Assert.StartsWith("Audit ", await page.SuccessBannerAsync() ?? string.Empty, StringComparison.Ordinal);
        await browser.CheckAccessibilityAsync(page);
        var audit = await scenario.AuditAsync();
        Assert.Equal(Grade.Inadequate, audit.AuditorGrade);
        Assert.Single(audit.Actions);
        Assert.Equal(1, await browser.App.DbAsync(db => db.AuditThemes.CountAsync(t => t.CaseAuditId == scenario.AuditId)));
        browser.AssertNoAccessibilityViolations();
    }

    private static async Task<string> H1Async(IPage page) => (await page.Locator("h1").First.InnerTextAsync()).Trim();

    private static async Task TypeIntoAsync(IPage page, string selector, string text)
    {
        await page.TabToAsync(selector);
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Tabs into the radio group, moves with the arrow keys to the choice, and selects it with Space.</summary>
    private static async Task ChooseRadioAsync(IPage page, string name, string value)
    {
        await page.TabToAsync($"input[type=radio][name='{name}']");
        for (var presses = 0; presses < 10 && !await page.EvaluateAsync<bool>("v => document.activeElement.value === v", value); presses++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.EvaluateAsync<bool>("v => document.activeElement.value === v && document.activeElement.checked", value), $"{name} is not {value}");
    }

    private static async Task SaveAndContinueAsync(IPage page, string? nextHeading = null)
    {
        await page.TabToAsync("button[value=Complete]");
        await page.PressAndWaitForPageAsync("Enter", nextHeading);
    }
}
