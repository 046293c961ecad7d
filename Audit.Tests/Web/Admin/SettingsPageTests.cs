using System.Net;
using AngleSharp.Html.Dom;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Audit.Tests.Web.Admin;

public sealed class SettingsPageTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    public SettingsPageTests() => app.Clock = clock;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private static Dictionary<string, string> ValidSettings(string inadequateDays = "5") => new()
    {
        ["Input.InadequateModerationWorkingDays"] = inadequateDays,
        ["Input.GoodOrOutstandingModerationWorkingDays"] = "10",
        ["Input.RequiresImprovementModerationWorkingDays"] = "10",
        ["Input.RequiresImprovementSamplePercent"] = "10",
        ["Input.DefaultAuditWorkingDays"] = "20",
        ["Input.ReflectiveConversationWorkingDays"] = "15",
        ["Input.ReminderLeadWorkingDays"] = "2",
        ["Input.EscalateToQaLead"] = "yes",
        ["Input.ReturnedAuditWorkingDays"] = "5",
        ["Input.AssistantDirectorGrades[]"] = "Outstanding|Good|Inadequate",
    };

    [Fact]
    public async Task QaLead_ChoosesWhichGradesNeedTheAssistantDirector_AndTheDaysToResubmitAReturnedAudit()
    {
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync("/admin/settings");
        var defaults = page.QuerySelectorAll("input[name='Input.AssistantDirectorGrades'][checked]").Select(i => i.GetAttribute("value")).ToList();
        var values = ValidSettings();
        values["Input.AssistantDirectorGrades[]"] = "Good|RequiresImprovement";
        values["Input.ReturnedAuditWorkingDays"] = "8";

        var (_, saved) = await client.SubmitAsync(page, values);

        var settings = await app.DbAsync(db => db.WorkflowSettings.AsNoTracking().SingleAsync());
        Assert.Equal(["Outstanding", "Good", "Inadequate"], defaults);
        Assert.NotNull(saved.SuccessBanner());
        Assert.Equal((false, true, true, false, 8),
            (settings.AssistantDirectorForOutstanding, settings.AssistantDirectorForGood, settings.AssistantDirectorForRequiresImprovement,
             settings.AssistantDirectorForInadequate, settings.ReturnedAuditWorkingDays));
        Assert.Equal(["Good", "RequiresImprovement"], saved.QuerySelectorAll("input[name='Input.AssistantDirectorGrades'][checked]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task ReturnedAuditWorkingDays_ThatIsNotANumber_SaysSo()
    {
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync("/admin/settings");
        var values = ValidSettings();
        values["Input.ReturnedAuditWorkingDays"] = "a week";

        var (_, shown) = await client.SubmitAsync(page, values);

        Assert.Equal(["Enter a whole number of working days between 1 and 60"], shown.ErrorSummary());
        Assert.Equal("a week", ((IHtmlInputElement)shown.QuerySelector("#Input_ReturnedAuditWorkingDays")!).Value);
    }

    [Fact]
    public async Task QaLead_SavingNewSettings_SeesASuccessBanner_AndTheSettingsChange()
    {
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync("/admin/settings");
        var values = ValidSettings("3");
        values["Input.RequiresImprovementSamplePercent"] = "25";
        values["Input.EscalateToQaLead"] = "no";

        var (_, saved) = await client.SubmitAsync(page, values);

        Assert.Equal("Settings saved. They apply to deadlines set from now on", saved.SuccessBanner());
        var settings = await app.DbAsync(db => db.WorkflowSettings.AsNoTracking().SingleAsync());
        Assert.Equal((3, 25, false), (settings.InadequateModerationWorkingDays, settings.RequiresImprovementSamplePercent, settings.EscalateToQaLead));
        Assert.Equal("3", ((IHtmlInputElement)saved.QuerySelector("#Input_InadequateModerationWorkingDays")!).Value);
    }

    [Fact]
    public async Task InvalidValues_ShowGovUkErrors_AndKeepWhatWasTyped()
    {
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync("/admin/settings");
        var values = ValidSettings("five");
        values["Input.RequiresImprovementSamplePercent"] = "101";
        values["Input.ReminderLeadWorkingDays"] = "2.5";
        values["Input.DefaultAuditWorkingDays"] = "0";

        var (response, shown) = await client.SubmitAsync(page, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The summary lists every error; which field each belongs to is checked beside the field.
        Assert.Equal(4, shown.ErrorSummary().Count);
        Assert.Equal("Enter a whole number of working days between 1 and 60", shown.FieldError("Input_InadequateModerationWorkingDays"));
        Assert.Equal("Enter a whole number of working days between 1 and 60", shown.FieldError("Input_DefaultAuditWorkingDays"));
        Assert.Equal("Enter a whole number of working days between 0 and 10", shown.FieldError("Input_ReminderLeadWorkingDays"));
        Assert.Null(shown.FieldError("Input_GoodOrOutstandingModerationWorkingDays"));
        Assert.Equal("Enter a whole number percentage between 0 and 100", shown.FieldError("Input_RequiresImprovementSamplePercent"));
        Assert.Equal("five", ((IHtmlInputElement)shown.QuerySelector("#Input_InadequateModerationWorkingDays")!).Value);
        Assert.Equal(5, (await app.DbAsync(db => db.WorkflowSettings.AsNoTracking().SingleAsync())).InadequateModerationWorkingDays);
    }

    [Fact]
    public async Task NotChoosingWhetherToEscalate_AsksForIt()
    {
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync("/admin/settings");
        var values = ValidSettings();
        values.Remove("Input.EscalateToQaLead");
        // The radios are pre-selected on the page; a post without either is what a crafted request sends.
        var (_, shown) = await client.SubmitAsync(page, values);

        Assert.Equal(["Select yes if overdue work should also be escalated to QA leads"], shown.ErrorSummary());
    }

    [Theory]
    [InlineData("/admin/settings")]
    [InlineData("/admin/settings/bank-holidays")]
    public async Task SomeoneWhoIsNotAQaLead_IsForbidden(string url)
    {
        var moderator = await TestData.AStaffMember().WithRoles(Roles.PracticeImprovementManager, Roles.Auditor).CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(moderator);

        var (response, _) = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SavingOverSomeoneElsesChange_SaysSo_KeepsWhatWasTyped_AndSavesOnTheSecondTry()
    {
        using var client = await SignedInQaLeadAsync();
        var first = await client.GetPageAsync("/admin/settings");
        var second = await client.GetPageAsync("/admin/settings");
        await client.SubmitAsync(first, ValidSettings("4"));

        var (_, conflict) = await client.SubmitAsync(second, ValidSettings("7"));

        Assert.Equal(["These settings were changed by someone else — review and try again"], conflict.ErrorSummary());
        Assert.Equal("7", ((IHtmlInputElement)conflict.QuerySelector("#Input_InadequateModerationWorkingDays")!).Value);
        Assert.Equal(4, (await app.DbAsync(db => db.WorkflowSettings.AsNoTracking().SingleAsync())).InadequateModerationWorkingDays);

        var (_, saved) = await client.SubmitAsync(conflict, ValidSettings("7"));

        Assert.Equal("Settings saved. They apply to deadlines set from now on", saved.SuccessBanner());
        Assert.Equal(7, (await app.DbAsync(db => db.WorkflowSettings.AsNoTracking().SingleAsync())).InadequateModerationWorkingDays);
    }

    [Fact]
    public async Task BankHolidays_ListPublishedDatesByYear_WithoutARemoveButton()
    {
        using var client = await SignedInQaLeadAsync();

        var page = await client.GetPageAsync("/admin/settings/bank-holidays");

        // Published years, then the rules' dates up to three years ahead.
        var throughYear = UkTime.Today(clock).Year + 3;
        Assert.Equal(Enumerable.Range(2024, throughYear - 2024 + 1).Select(y => y.ToString(Invariant)), page.QuerySelectorAll("main h2[id^=year-]").Select(h => h.TextContent.Trim()));
        var christmas = page.QuerySelector("tr[data-date='2026-12-25']")!;
        Assert.Contains("Christmas Day", christmas.TextContent, StringComparison.Ordinal);
        Assert.Contains("Published", christmas.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("form.remove-holiday"));
    }

    [Fact]
    public async Task BankHoliday_Added_IsListedAsAddedByAQaLead_AndCanBeRemoved()
    {
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync("/admin/settings/bank-holidays");

        var (_, added) = await client.SubmitAsync(page, AddHoliday("8", "5", "2028", "Coronation anniversary"), "#add-holiday");

        Assert.Equal("Coronation anniversary added as a bank holiday", added.SuccessBanner());
        var row = added.QuerySelector("tr[data-date='2028-05-08']")!;
        Assert.Contains("Added by a QA lead", row.TextContent, StringComparison.Ordinal);

        var (_, removed) = await client.SubmitAsync(added, new Dictionary<string, string>(), "tr[data-date='2028-05-08'] form");

        Assert.Equal("8 May 2028 is no longer a bank holiday", removed.SuccessBanner());
        Assert.Null(removed.QuerySelector("tr[data-date='2028-05-08']"));
        Assert.False(await app.DbAsync(db => db.BankHolidays.AnyAsync(h => h.Date == new DateOnly(2028, 5, 8))));
    }

    [Theory]
    [InlineData("", "", "", "", "Enter the date of the bank holiday", "Enter the name of the holiday")]
    [InlineData("31", "2", "2027", "Leap day", "Enter a real date", null)]
    [InlineData("3", "", "2027", "Something", "The date must include a month", null)]
    [InlineData("1", "6", "27", "Something", "Year must include 4 numbers", null)]
    [InlineData("25", "12", "2026", "Christmas again", "That date is already a bank holiday", null)]
    [InlineData("5", "6", "2027", "Saturday", "Enter a weekday: weekends are never working days", null)]
    [InlineData("7", "6", "2027", "", null, "Enter the name of the holiday")]
    public async Task BankHoliday_WithAProblem_ShowsGovUkErrors(string day, string month, string year, string name, string? dateError, string? nameError)
    {
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync("/admin/settings/bank-holidays");

        var (_, shown) = await client.SubmitAsync(page, AddHoliday(day, month, year, name), "#add-holiday");

        Assert.Equal(dateError, shown.FieldError("Input_Date"));
        Assert.Equal(nameError, shown.FieldError("Input_Name"));
        Assert.Equal(new[] { dateError, nameError }.OfType<string>().ToList(), shown.ErrorSummary());
        Assert.Equal(day, ((IHtmlInputElement)shown.QuerySelector("#Input_Date")!).Value);
    }

    [Fact]
    public async Task RemovingAPublishedHoliday_IsRefused()
    {
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync("/admin/settings/bank-holidays");
        var form = page.QuerySelector("#add-holiday")!;
        // No button is offered; a crafted post to the remove handler is refused.
        form.SetAttribute("action", "/admin/settings/bank-holidays?handler=Remove");

        var (_, shown) = await client.SubmitAsync(page, new Dictionary<string, string> { ["date"] = "2026-12-25" }, "#add-holiday");

        Assert.Equal(["Published bank holidays cannot be removed"], shown.ErrorSummary());
        Assert.True(await app.DbAsync(db => db.BankHolidays.AnyAsync(h => h.Date == new DateOnly(2026, 12, 25))));
    }

    [Fact]
    public async Task AHolidayAddedForTomorrow_PushesTheNextModerationDueDateBackADay()
    {
        using var client = await SignedInQaLeadAsync();
        var today = UkTime.Today(clock);
        var (tomorrow, dueWithout) = await app.InScopeAsync(async sp =>
        {
            var workingDays = sp.GetRequiredService<WorkingDays>();
            return (await workingDays.AddAsync(today.AddDays(1), 0), await workingDays.AddAsync(today, 5));
        });
        var page = await client.GetPageAsync("/admin/settings/bank-holidays");
        await client.SubmitAsync(page, AddHoliday(tomorrow.Day.ToString(Invariant), tomorrow.Month.ToString(Invariant), tomorrow.Year.ToString(Invariant), "Council closure day"), "#add-holiday");
        var scenario = await AuditScenario.CreateAsync(app);

        await scenario.ToStateAsync(AuditState.AwaitingModeration);

        var dueWith = await app.InScopeAsync(sp => sp.GetRequiredService<WorkingDays>().AddAsync(dueWithout, 1));
        var deadline = await app.DbAsync(db => db.Deadlines.SingleAsync(d => d.CaseAuditId == scenario.AuditId && d.Kind == DeadlineKind.ModerationDue));
        Assert.Equal(WorkingDays.EndOfUkDay(dueWith), deadline.DueAt);
    }

    private static readonly System.Globalization.CultureInfo Invariant = System.Globalization.CultureInfo.InvariantCulture;

    private static Dictionary<string, string> AddHoliday(string day, string month, string year, string name) => new()
    {
        ["Input.Date.Day"] = day,
        ["Input.Date.Month"] = month,
        ["Input.Date.Year"] = year,
        ["Input.Name"] = name,
    };

    private async Task<AppClient> SignedInQaLeadAsync()
    {
        var qaLead = await TestData.AQaLead().CreateAsync(app);
        var client = AppClient.For(app);
        Assert.Equal("My work", (await client.SignInAsync(qaLead)).H1());
        return client;
    }
}
