using System.Globalization;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Tests.Notifications;
using Audit.Tests.Web.Conversations;
using MimeKit;

namespace Audit.Tests.Browser;

/// <summary>
/// The reflective conversation by keyboard alone, each person in their own browser: the service manager schedules it,
/// the calendar invitation arrives by email, the practitioner proposes another time from My work and the service
/// manager accepts it. axe-core checks the schedule, answer and proposal pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConversationJourneyBrowserTests
{
    [Fact]
    public async Task ServiceManagerSchedules_PractitionerProposesAnotherTime_ServiceManagerAcceptsIt_ByKeyboardOnly_WithNoAccessibilityViolations()
    {
        await using var mail = new MailDevServer();
        await mail.StartAsync();
        await using var browser = await BrowserSession.StartAsync(app => app.WithSmtp(mail));
        var scenario = await AuditScenario.CreateAsync(browser.App);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        var reference = $"AUD-{scenario.AuditId:D6}";
        var day = await ConversationSteps.WorkingDayAsync(browser.App, 5);
        var proposedDay = await ConversationSteps.WorkingDayAsync(browser.App, 7);

        // The service manager schedules the conversation from the audit page.
        var manager = await browser.SignInAsync(scenario.ServiceManager, byKeyboard: true);
        await browser.GoToAsync($"/audits/{scenario.AuditId}", manager);
        await manager.TabToAsync($"main a[href='/audits/{scenario.AuditId}/schedule-conversation']");
        await manager.PressAndWaitForPageAsync("Enter", "Schedule the reflective conversation");
        await browser.CheckAccessibilityAsync(manager);
        await TypeDateAsync(manager, "Input_Date", day);
        await TypeAsync(manager, "#Input_StartTime", "14:30");
        await TypeAsync(manager, "#Input_EndTime", "15:30");
        await TypeAsync(manager, "#Input_Location", "Room 4, Town Hall");
        await manager.TabToAsync("main form button[type=submit]");
        await manager.PressAndWaitForPageAsync("Enter", $"{reference} Awaiting reflective conversation");
        Assert.Equal("You have scheduled the reflective conversation and sent the invitations", await manager.SuccessBannerAsync());

        // The invitation, with its calendar, reaches the practitioner.
        await OutboxSteps.SendDueAsync(browser.App);
        var email = (await mail.WaitForAsync(1, scenario.Practitioner.Email)).Single(e => e.Subject.Contains(reference, StringComparison.Ordinal));
        var message = await OutboxSteps.ReceivedAsync(mail, email);
        var calendar = message.BodyParts.OfType<TextPart>().First(p => p.ContentType.MimeType == "text/calendar");
        Assert.Equal("REQUEST", calendar.ContentType.Parameters["method"]);
        Assert.Contains($"/audits/{scenario.AuditId}/conversation/answer", message.TextBody, StringComparison.Ordinal);

        // The practitioner finds it in My work and proposes another time.
        var practitioner = await browser.SignInAsync(scenario.Practitioner, byKeyboard: true);
        await practitioner.TabToAsync($"#inbox a[href='/audits/{scenario.AuditId}/conversation/answer']");
        await practitioner.PressAndWaitForPageAsync("Enter", "Reflective conversation invitation");
        Assert.False(await practitioner.Locator("#Input_ProposedStartTime").IsVisibleAsync(), "The proposed time is hidden until that answer is chosen");
        await browser.CheckAccessibilityAsync(practitioner);
        await practitioner.TabToAsync("#Input_Answer");
        await practitioner.Keyboard.PressAsync("ArrowDown");
        await practitioner.Keyboard.PressAsync("ArrowDown");
        Assert.True(await practitioner.Locator("#Input_Answer-3").IsCheckedAsync(), await practitioner.DescribeAsync());
        Assert.True(await practitioner.Locator("#Input_ProposedStartTime").IsVisibleAsync(), "Choosing to propose reveals the time");
        Assert.False(await practitioner.Locator("#Input_DeclineReason").IsVisibleAsync(), "The decline reason stays hidden");
        await browser.CheckAccessibilityAsync(practitioner);
        await TypeDateAsync(practitioner, "Input_ProposedDate", proposedDay);
        await TypeAsync(practitioner, "#Input_ProposedStartTime", "9:00");
        await TypeAsync(practitioner, "#Input_ProposedEndTime", "10:00");
        await practitioner.TabToAsync("main form button[type=submit]");
        await practitioner.PressAndWaitForPageAsync("Enter", $"{reference} Awaiting reflective conversation");
        Assert.Equal("You have answered the invitation. The organiser has been told", await practitioner.SuccessBannerAsync());

        // The service manager opens the proposal from the audit and accepts it.
        await browser.GoToAsync($"/audits/{scenario.AuditId}", manager);
        await manager.TabToAsync("#conversation-answers a");
        await manager.PressAndWaitForPageAsync("Enter", "Decide on a proposed time");
        await browser.CheckAccessibilityAsync(manager);
        await manager.TabToAsync("#Input_Accept");
        await manager.Keyboard.PressAsync("Space");
        await manager.TabToAsync("main form button[type=submit]");
        await manager.PressAndWaitForPageAsync("Enter", $"{reference} Awaiting reflective conversation");

        Assert.Equal("You have moved the conversation to the proposed time and sent the update", await manager.SuccessBannerAsync());
        Assert.Equal(ConversationSteps.Uk(proposedDay, 9), (await ConversationSteps.ConversationAsync(scenario)).StartsAt.ToUniversalTime());
        browser.AssertNoAccessibilityViolations();
    }

    private static async Task TypeAsync(Microsoft.Playwright.IPage page, string selector, string text)
    {
        await page.TabToAsync(selector);
        await page.Keyboard.TypeAsync(text);
    }

    private static async Task TypeDateAsync(Microsoft.Playwright.IPage page, string fieldId, DateOnly date)
    {
        await TypeAsync(page, $"#{fieldId}", date.Day.ToString(CultureInfo.InvariantCulture));
        await TypeAsync(page, $"#{fieldId}-month", date.Month.ToString(CultureInfo.InvariantCulture));
        await TypeAsync(page, $"#{fieldId}-year", date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
