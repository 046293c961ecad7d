using System.Net;
using AngleSharp.Html.Dom;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Hardening;

/// <summary>
/// Year 0000, 31/12/9999 and other scripts' digits on every form with a date or a time: a GOV.UK error, never a
/// 500, and nothing saved.
/// </summary>
public sealed class DateEdgeTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    public static TheoryData<string, string, string> HostileDates => new()
    {
        { "1", "1", "0000" },
        { "31", "12", "9999" },
        { "١", "١", "٢٠٢٧" },
        { "1", "6", DateTime.UtcNow.AddYears(5).Year.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    private static Dictionary<string, string> Date(string field, string day, string month, string year) => new()
    {
        [$"Input.{field}.Day"] = day,
        [$"Input.{field}.Month"] = month,
        [$"Input.{field}.Year"] = year,
    };

    private static void AssertGovUkError(HttpResponseMessage response, IHtmlDocument page, string fieldId)
    {
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.NotEmpty(page.ErrorSummary());
        Assert.NotNull(page.FieldError(fieldId));
    }

    [Theory]
    [MemberData(nameof(HostileDates))]
    public async Task Allocate_WithAHostileDueDate_SaysWhatIsWrong_AndAllocatesNothing(string day, string month, string year)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var caseId = await scenario.AddCaseAsync($"LCS-D{Guid.NewGuid():N}"[..12]);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var form = await lead.GetPageAsync($"/admin/cases/{caseId}/allocate");

        var (response, page) = await lead.SubmitAsync(form, new Dictionary<string, string>(Date("DueDate", day, month, year))
        {
            ["Input.AuditorId"] = scenario.OtherAuditor.Id,
        });

        AssertGovUkError(response, page, "Input_DueDate");
        Assert.False(await app.DbAsync(db => db.CaseAudits.AnyAsync(a => a.CaseFileId == caseId)));
    }

    [Theory]
    [MemberData(nameof(HostileDates))]
    public async Task ExtendAndReallocate_WithAHostileDueDate_SayWhatIsWrong_AndChangeNothing(string day, string month, string year)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var before = await scenario.AuditAsync();
        using var lead = await SignedInAsync(app, scenario.QaLead);

        var extendForm = await lead.GetPageAsync($"/audits/{scenario.AuditId}/extend");
        var (extended, extendPage) = await lead.SubmitAsync(extendForm, new Dictionary<string, string>(Date("DueDate", day, month, year))
        {
            ["Input.Reason"] = "On leave",
        });
        var reallocateForm = await lead.GetPageAsync($"/audits/{scenario.AuditId}/reallocate");
        var (reallocated, reallocatePage) = await lead.SubmitAsync(reallocateForm, new Dictionary<string, string>(Date("DueDate", day, month, year))
        {
            ["Input.AuditorId"] = scenario.OtherAuditor.Id,
        });

        AssertGovUkError(extended, extendPage, "Input_DueDate");
        AssertGovUkError(reallocated, reallocatePage, "Input_DueDate");
        var after = await scenario.AuditAsync();
        Assert.Equal((before.DueDate, before.AuditorId, before.Version), (after.DueDate, after.AuditorId, after.Version));
    }

    [Theory]
    [MemberData(nameof(HostileDates))]
    public async Task CorrectiveAction_WithAHostileDueDate_SaysWhatIsWrong_AndAddsNothing(string day, string month, string year)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.StartAsync();
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        var form = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record/actions");

        var (response, page) = await auditor.SubmitAsync(form, new Dictionary<string, string>(Date("DueDate", day, month, year))
        {
            ["Input.Description"] = "Review the plan", ["Input.For"] = "Child", ["Input.OwnerId"] = scenario.TeamManager.Id,
        }, "#action-form");

        AssertGovUkError(response, page, "Input_DueDate");
        Assert.False(await app.DbAsync(db => db.AuditActions.AnyAsync(a => a.CaseAuditId == scenario.AuditId)));
    }

    [Theory]
    [MemberData(nameof(HostileDates))]
    public async Task ScheduleConversation_WithAHostileDate_SaysWhatIsWrong_AndSchedulesNothing(string day, string month, string year)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);
        var form = await manager.GetPageAsync($"/audits/{scenario.AuditId}/schedule-conversation");

        var (response, page) = await manager.SubmitAsync(form, new Dictionary<string, string>(Date("Date", day, month, year))
        {
            ["Input.StartTime"] = "14:30", ["Input.EndTime"] = "15:30", ["Input.Location"] = "Room 4",
        });

        AssertGovUkError(response, page, "Input_Date");
        Assert.Null((await scenario.AuditAsync()).ConversationScheduledFor);
    }

    [Fact]
    public async Task ScheduleConversation_WithArabicIndicDigitsInTheTime_AsksForARealTime()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);
        var form = await manager.GetPageAsync($"/audits/{scenario.AuditId}/schedule-conversation");
        var next = DateTime.UtcNow.AddMonths(1);

        var (response, page) = await manager.SubmitAsync(form, new Dictionary<string, string>(Date("Date", "10", next.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), next.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            ["Input.StartTime"] = "١٢:٣٠", ["Input.EndTime"] = "15:30", ["Input.Location"] = "Room 4",
        });

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Enter a real time, like 14:30", page.FieldError("Input_StartTime"));
        Assert.Null((await scenario.AuditAsync()).ConversationScheduledFor);
    }

    [Theory]
    [InlineData("1", "1", "0000", "Year must be between 2000 and 2100")]
    [InlineData("31", "12", "9999", "Year must be between 2000 and 2100")]
    [InlineData("4", "1", "2101", "Year must be between 2000 and 2100")]
    [InlineData("١", "١", "٢٠٢٧", "Enter a real date")]
    public async Task BankHoliday_WithAHostileDate_SaysWhichYears_AndAddsNothing(string day, string month, string year, string message)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var form = await lead.GetPageAsync("/admin/settings/bank-holidays");
        var name = $"Hostile {Guid.NewGuid():N}"[..20];

        var (response, page) = await lead.SubmitAsync(form, new Dictionary<string, string>(Date("Date", day, month, year)) { ["Input.Name"] = name }, "#add-holiday");

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(message, page.FieldError("Input_Date"));
        Assert.False(await app.DbAsync(db => db.BankHolidays.AnyAsync(h => h.Name == name)));
    }
}
