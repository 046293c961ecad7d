using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Audit.Tests.Web.Admin;

/// <summary>
/// Two people given the same staff number at once: the second save meets the unique index after its check passed, and
/// the QA lead sees the check's own GOV.UK error, not a server error.
/// </summary>
public sealed class StaffNumberRaceTests : IAsyncLifetime
{
    private const string InUse = "Someone else already has this staff number";
    private readonly StaffNumberRace race = new();
    private readonly AuditAppFactory app;

    public StaffNumberRaceTests() => app = new AuditAppFactory().WithInterceptor(race);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Invite_WhenSomeoneElseIsGivenTheNumberJustBeforeTheSave_ShowsTheStaffNumberError_AndInvitesNoOne()
    {
        var holder = await TestData.AStaffMember().WithRoles(Roles.Practitioner).CreateAsync(app);
        using var client = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync("/admin/staff/invite");
        var email = $"ana.{Guid.NewGuid():N}@council.example";
        race.Arm(holder.Id, "SW10482");

        var (response, page) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.FullName"] = "Ana Silva", ["Input.Email"] = email, ["Input.StaffNumber"] = "sw10482", ["Input.Roles[]"] = Roles.Practitioner,
        });

        Assert.True(race.Happened);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([InUse], page.ErrorSummary());
        Assert.Equal(InUse, page.FieldError("Input_StaffNumber"));
        Assert.False(await app.DbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.Equal(0, await app.DbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == email)));
    }

    [Fact]
    public async Task ChangeDetails_WhenSomeoneElseIsGivenTheNumberJustBeforeTheSave_ShowsTheStaffNumberError_AndSavesNothing()
    {
        var holder = await TestData.AStaffMember().WithRoles(Roles.Practitioner).CreateAsync(app);
        var person = await TestData.AStaffMember().WithRoles(Roles.Practitioner).CreateAsync(app);
        using var client = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync($"/admin/staff/{person.Id}/change-details");
        race.Arm(holder.Id, "SW20517");

        var (response, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.FullName"] = person.FullName, ["Input.StaffNumber"] = "SW20517" });

        Assert.True(race.Happened);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([InUse], page.ErrorSummary());
        Assert.Null(await app.DbAsync(db => db.Users.Where(u => u.Id == person.Id).Select(u => u.StaffNumber).SingleAsync()));
    }

    [Fact]
    public void UniqueViolation_OnSqlite_IsRecognisedByErrorCodeAndColumn()
    {
        var staffNumber = new DbUpdateException("save failed", new SqliteException("SQLite Error 19: 'UNIQUE constraint failed: AspNetUsers.StaffNumber'.", 19, 2067));
        var email = new DbUpdateException("save failed", new SqliteException("SQLite Error 19: 'UNIQUE constraint failed: AspNetUsers.NormalizedUserName'.", 19, 2067));
        var notNull = new DbUpdateException("save failed", new SqliteException("SQLite Error 19: 'NOT NULL constraint failed: AspNetUsers.StaffNumber'.", 19, 1299));

        Assert.True(staffNumber.IsUniqueViolation(UniqueIndexes.StaffNumber, "AspNetUsers", "StaffNumber"));
        Assert.False(email.IsUniqueViolation(UniqueIndexes.StaffNumber, "AspNetUsers", "StaffNumber"));
        Assert.False(notNull.IsUniqueViolation(UniqueIndexes.StaffNumber, "AspNetUsers", "StaffNumber"));
    }

    [Fact]
    public void UniqueViolation_OnPostgres_IsRecognisedBySqlStateAndIndexName()
    {
        static DbUpdateException Postgres(string sqlState, string constraint) =>
            new("save failed", new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", sqlState, constraintName: constraint));

        Assert.True(Postgres("23505", UniqueIndexes.StaffNumber).IsUniqueViolation(UniqueIndexes.StaffNumber, "AspNetUsers", "StaffNumber"));
        Assert.False(Postgres("23505", "UserNameIndex").IsUniqueViolation(UniqueIndexes.StaffNumber, "AspNetUsers", "StaffNumber"));
        Assert.False(Postgres("23503", UniqueIndexes.StaffNumber).IsUniqueViolation(UniqueIndexes.StaffNumber, "AspNetUsers", "StaffNumber"));
    }

    private async Task<AppClient> SignedInQaLeadAsync()
    {
        var lead = await TestData.AQaLead().CreateAsync(app);
        var client = AppClient.For(app);
        await client.SignInAsync(lead);
        return client;
    }
}
