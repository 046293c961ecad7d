using System.Net;
using System.Text;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Web.Admin;

public sealed class BankHolidayImportTests : IAsyncLifetime
{
    private const string ImportPage = "/admin/settings/import-bank-holidays";
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    /// <summary>The shape of https://www.gov.uk/bank-holidays.json, with 2028's early May holiday moved to a Friday.</summary>
    private static string GovUkFile(params (string Date, string Title)[] englandAndWales)
    {
        var events = englandAndWales.Select(e => new { title = e.Title, date = e.Date, notes = string.Empty, bunting = true });
        var scotland = new[] { new { title = "2nd January", date = "2028-01-04", notes = string.Empty, bunting = true } };
        return System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["england-and-wales"] = new { division = "england-and-wales", events },
            ["scotland"] = new { division = "scotland", events = scotland },
        });
    }

    private static readonly (string, string)[] Published2028 =
    [
        ("2028-01-03", "New Year’s Day (substitute day)"), ("2028-04-14", "Good Friday"), ("2028-04-17", "Easter Monday"),
        ("2028-05-05", "Early May bank holiday (moved)"), ("2028-05-29", "Spring bank holiday"), ("2028-08-28", "Summer bank holiday"),
        ("2028-12-25", "Christmas Day"), ("2028-12-26", "Boxing Day"), ("2027-12-27", "Christmas Day (substitute day)"),
    ];

    [Fact]
    public async Task WorkingDaysIn2028_FollowTheRules_UntilThePublishedListIsImported_ThenFollowIt()
    {
        // Thursday 27 April 2028; by the rules Monday 1 May is the early May bank holiday.
        var from = new DateOnly(2028, 4, 27);
        Assert.Equal(new DateOnly(2028, 5, 3), await AddWorkingDaysAsync(from, 3));

        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync(ImportPage);
        var (_, imported) = await client.UploadAsync(page, "Input.File", "bank-holidays.json", Encoding.UTF8.GetBytes(GovUkFile(Published2028)), "application/json");

        Assert.Equal("Bank holidays imported for 2027 to 2028: 8 new dates, 1 already listed", imported.SuccessBanner());
        Assert.Equal("Bank holidays", imported.H1());
        Assert.Contains("Published", imported.QuerySelector("tr[data-date='2028-05-05']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(imported.QuerySelector("tr[data-date='2028-05-01']"));
        // Now 1 May is a working day and Friday 5 May is not.
        Assert.Equal(new DateOnly(2028, 5, 2), await AddWorkingDaysAsync(from, 3));
        Assert.Equal(new DateOnly(2028, 5, 8), await AddWorkingDaysAsync(from, 6));
        Assert.False(await app.DbAsync(db => db.BankHolidays.AnyAsync(h => h.Date == new DateOnly(2028, 1, 4))));
    }

    [Fact]
    public async Task BankHolidaysPage_ShowsYearsNotYetPublished_AsFollowingTheUsualRules()
    {
        using var client = await SignedInQaLeadAsync();

        var page = await client.GetPageAsync("/admin/settings/bank-holidays");

        var easterMonday = page.QuerySelector("tr[data-date='2028-04-17']")!;
        Assert.Contains("Usual rules", easterMonday.TextContent, StringComparison.Ordinal);
        Assert.Contains("No published list covers 2028 yet", page.Text(), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("tr[data-date='2028-04-17'] form"));
    }

    [Fact]
    public async Task AFileWithSeveralProblems_ListsEveryOne_AndImportsNothing()
    {
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync(ImportPage);
        var file = GovUkFile(("2028-02-30", "Not a day"), ("2028-05-06", "A Saturday"), ("1999-12-31", "Too early"), ("２０２８-０１-０３", "Wide digits"), ("2028-06-05", ""), ("2028-06-06", "Fine"));

        var (response, shown) = await client.UploadAsync(page, "Input.File", "bank-holidays.json", Encoding.UTF8.GetBytes(file), "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["The selected file has 5 problems, listed below: nothing was imported"], shown.ErrorSummary());
        Assert.Equal(
        [
            "Holiday 1: the date must be a real date written as yyyy-mm-dd",
            "Holiday 2: 2028-05-06 is a weekend day, never a bank holiday",
            "Holiday 3: year must be between 2000 and 2100",
            "Holiday 4: the date must be a real date written as yyyy-mm-dd",
            "Holiday 5: the holiday has no title",
        ], shown.QuerySelectorAll("#import-problems li").Select(li => li.TextContent.Trim()));
        Assert.False(await app.DbAsync(db => db.BankHolidays.AnyAsync(h => h.Date == new DateOnly(2028, 6, 6))));
    }

    [Fact]
    public async Task ATitleWithAHiddenBidirectionalCharacter_IsRefused_AndNothingIsImported()
    {
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync(ImportPage);
        var file = GovUkFile(("2028-06-05", "Spring\u202Eyadiloh"), ("2028-06-06", "Fine"));

        var (_, shown) = await client.UploadAsync(page, "Input.File", "bank-holidays.json", Encoding.UTF8.GetBytes(file), "application/json");

        Assert.Equal(["Holiday 1: the title must be one line of 100 characters or fewer"], shown.ErrorSummary());
        Assert.False(await app.DbAsync(db => db.BankHolidays.AnyAsync(h => h.Date == new DateOnly(2028, 6, 6))));
    }

    [Theory]
    [InlineData("not json at all", "The selected file must be the bank holidays JSON file from GOV.UK")]
    [InlineData("""{"scotland":{"events":[]}}""", "The selected file has no England and Wales bank holidays: it must be the bank holidays JSON file from GOV.UK")]
    [InlineData("""{"england-and-wales":{"events":[]}}""", "The selected file lists no England and Wales bank holidays")]
    [InlineData("", "The selected file is empty")]
    public async Task AFileThatIsNotTheGovUkList_IsRefusedWithAGovUkError(string content, string message)
    {
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync(ImportPage);

        var (response, shown) = await client.UploadAsync(page, "Input.File", "holidays.json", Encoding.UTF8.GetBytes(content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([message], shown.ErrorSummary());
        Assert.Equal(message, shown.FieldError("Input_File"));
    }

    [Fact]
    public async Task AFileOverTheLimit_IsRefusedWithTheLimitStated()
    {
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync(ImportPage);

        var (_, shown) = await client.UploadAsync(page, "Input.File", "big.json", new byte[(1024 * 1024) + 1]);

        Assert.Equal(["The selected file must be smaller than 1 MB"], shown.ErrorSummary());
    }

    [Fact]
    public async Task NoFileChosen_AsksForOne()
    {
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync(ImportPage);

        var (_, shown) = await client.SubmitAsync(page, new Dictionary<string, string>());

        Assert.Equal(["Select the bank holidays file"], shown.ErrorSummary());
    }

    [Fact]
    public async Task SomeoneWhoIsNotAQaLead_CannotOpenTheImport()
    {
        var auditor = await TestData.AStaffMember().WithRoles(Audit.Data.Models.Roles.Auditor).CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(auditor);

        var (response, _) = await client.GetAsync(ImportPage);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private Task<DateOnly> AddWorkingDaysAsync(DateOnly from, int days) =>
        app.InScopeAsync(sp => sp.GetRequiredService<WorkingDays>().AddAsync(from, days));

    private async Task<AppClient> SignedInQaLeadAsync()
    {
        var qaLead = await TestData.AQaLead().CreateAsync(app);
        var client = AppClient.For(app);
        Assert.Equal("My work", (await client.SignInAsync(qaLead)).H1());
        return client;
    }
}
