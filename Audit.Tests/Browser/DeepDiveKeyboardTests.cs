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
        var page = browser.Page;
        page.SetDefaultTimeout(60_000);

        await browser.GoToAsync("/account/sign-in", page);
        await TabToAsync(page, "#Input_Email");
        await page.Keyboard.TypeAsync(scenario.Auditor.Email);
        await TabToAsync(page, "#Input_Password");
        await page.Keyboard.TypeAsync(scenario.Auditor.Password);
        await PressEnterAndWaitAsync(page);

        await browser.GoToAsync($"/audits/{scenario.AuditId}", page);
        await TabToAsync(page, "#continue-audit-link");
        await PressEnterAndWaitAsync(page);
        Assert.Equal("Record the audit", await H1Async(page));
        await browser.CheckAccessibilityAsync(page);

        await TabToAsync(page, ".govuk-task-list__link");
        await PressEnterAndWaitAsync(page);
        while (page.Url.Contains("/record/sections/", StringComparison.Ordinal))
        {
            await browser.CheckAccessibilityAsync(page);
            var title = await H1Async(page);
            if (await page.Locator("input[name='Input.Grade']").CountAsync() > 0)
            {
                await ChooseRadioAsync(page, "Input.Grade", nameof(Grade.Inadequate));
            }

            await TabToAsync(page, "#Input_Evidence");
            await page.Keyboard.TypeAsync($"Evidence for {title}");
            await SaveAndContinueAsync(page);
        }

        Assert.Equal("Record the audit", await H1Async(page));
        await TabToAsync(page, "a[href$='/record/feedback']");
        await PressEnterAndWaitAsync(page);
        await browser.CheckAccessibilityAsync(page);
        await ChooseRadioAsync(page, "Input.Sought", "True");
        await TypeIntoAsync(page, "#Input_SoughtFrom", "The child and her mother");
        await ChooseRadioAsync(page, "Input.Obtained", "True");
        await TypeIntoAsync(page, "#Input_Summary", "They felt listened to");
        await SaveAndContinueAsync(page);

        Assert.Equal("Discussion with the practitioner", await H1Async(page));
        await browser.CheckAccessibilityAsync(page);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await ChooseRadioAsync(page, "Input.Held", "True");
        await TypeIntoAsync(page, "#Input_Date", today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await TypeIntoAsync(page, "#Input_Date-month", today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await TypeIntoAsync(page, "#Input_Date-year", today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await TypeIntoAsync(page, "#Input_PractitionerView", "Agreed with the findings");
        await SaveAndContinueAsync(page);

        Assert.Equal("Strengths, areas for development and themes", await H1Async(page));
        await browser.CheckAccessibilityAsync(page);
        await TypeIntoAsync(page, "#Input_Strengths", "Warm relationships with the family");
        await TypeIntoAsync(page, "#Input_AreasForDevelopment", "Plans drift between reviews");
        await TabToAsync(page, "#Input_ThemeIds");
        await page.Keyboard.PressAsync("Space");
        await SaveAndContinueAsync(page);

        Assert.Equal("Corrective actions", await H1Async(page));
        await browser.CheckAccessibilityAsync(page);
        await TypeIntoAsync(page, "#Input_Description", "Review the child's plan");
        await ChooseRadioAsync(page, "Input.For", nameof(ActionFor.Child));
        await TabToAsync(page, "#Input_OwnerId");
        await page.Keyboard.TypeAsync("Toni");
        var due = today.AddDays(14);
        await TypeIntoAsync(page, "#Input_DueDate", due.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await TypeIntoAsync(page, "#Input_DueDate-month", due.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await TypeIntoAsync(page, "#Input_DueDate-year", due.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await TabToAsync(page, "#action-form button[type=submit]");
        await PressEnterAndWaitAsync(page);
        Assert.Equal(1, await page.Locator("#actions-table tbody tr").CountAsync());
        await browser.CheckAccessibilityAsync(page);
        await TabToAsync(page, "#continue");
        await PressEnterAndWaitAsync(page);

        Assert.Equal("Overall grade", await H1Async(page));
        await browser.CheckAccessibilityAsync(page);
        await ChooseRadioAsync(page, "Input.Grade", nameof(Grade.Inadequate));
        await TypeIntoAsync(page, "#Input_Rationale", "No safety plan despite repeated incidents");
        await SaveAndContinueAsync(page);

        Assert.Equal("Check your answers before submitting the audit", await H1Async(page));
        await browser.CheckAccessibilityAsync(page);
        await TabToAsync(page, "#submit-audit");
        await PressEnterAndWaitAsync(page);

        Assert.StartsWith("Audit ", (await page.Locator(".govuk-notification-banner__heading").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Equal("Awaiting moderation", (await page.Locator("#audit-state").InnerTextAsync()).Trim());
        await browser.CheckAccessibilityAsync(page);
        var audit = await scenario.AuditAsync();
        Assert.Equal(Grade.Inadequate, audit.AuditorGrade);
        Assert.Single(audit.Actions);
        Assert.Equal(1, await browser.App.DbAsync(db => db.AuditThemes.CountAsync(t => t.CaseAuditId == scenario.AuditId)));
        browser.AssertNoAccessibilityViolations();
    }

    private static async Task<string> H1Async(IPage page) => (await page.Locator("h1").First.InnerTextAsync()).Trim();

    /// <summary>Presses Tab until the focused element matches the selector.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 250; presses++)
        {
            if (await page.EvaluateAsync<bool>("s => !!document.activeElement && document.activeElement.matches(s)", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new InvalidOperationException($"Tab never reached {selector} on {page.Url}");
    }

    private static async Task TypeIntoAsync(IPage page, string selector, string text)
    {
        await TabToAsync(page, selector);
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Tabs into the radio group, moves with the arrow keys to the choice, and selects it with Space.</summary>
    private static async Task ChooseRadioAsync(IPage page, string name, string value)
    {
        await TabToAsync(page, $"input[type=radio][name='{name}']");
        for (var presses = 0; presses < 10 && !await page.EvaluateAsync<bool>("v => document.activeElement.value === v", value); presses++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.EvaluateAsync<bool>("v => document.activeElement.value === v && document.activeElement.checked", value), $"{name} is not {value}");
    }

    private static async Task SaveAndContinueAsync(IPage page)
    {
        await TabToAsync(page, "button[value=Complete]");
        await PressEnterAndWaitAsync(page);
    }

    /// <summary>Presses Enter and waits until a new document has loaded in place of the marked old one.</summary>
    private static async Task PressEnterAndWaitAsync(IPage page)
    {
        await page.EvaluateAsync("() => { window.leftBehind = true; }");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => !window.leftBehind && document.readyState === 'complete'");
    }
}
