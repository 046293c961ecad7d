using System.Data.Common;
using Audit.Data;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Settings;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Audit.Tests.Workflows.Settings;

/// <summary>
/// A save that meets the database's refusal after its own check passed: only a duplicate is answered as a duplicate.
/// Another refusal (here a locked database) is not dressed up as "already a bank holiday".
/// </summary>
public sealed class BankHolidayRaceTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2031, 3, 12);
    private readonly BankHolidayInsertRace race = new();
    private readonly AuditAppFactory app;

    public BankHolidayRaceTests() => app = new AuditAppFactory().WithInterceptor(race);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task AddingADate_SomeoneElseAddedJustBeforeTheSave_SaysItIsAlreadyABankHoliday()
    {
        var lead = await TestData.AQaLead().CreateAsync(app);
        race.Arm(BankHolidayInsertRace.Move.AddTheSameDate);

        var result = await AddAsync(lead.Id);

        Assert.True(race.Happened);
        Assert.False(result.Succeeded);
        Assert.Equal("That date is already a bank holiday", Assert.Single(result.Errors).Value);
        Assert.Equal("Added by the other QA lead", await app.DbAsync(db => db.BankHolidays.Where(h => h.Date == Day).Select(h => h.Name).SingleAsync()));
    }

    [Fact]
    public async Task AddingADate_WhenTheSaveFailsForAnotherReason_IsNotCalledADuplicate()
    {
        var lead = await TestData.AQaLead().CreateAsync(app);
        race.Arm(BankHolidayInsertRace.Move.LockTheDatabase);

        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => AddAsync(lead.Id));

        Assert.True(race.Happened);
        Assert.False(failure.IsUniqueViolation());
        Assert.False(await app.DbAsync(db => db.BankHolidays.AnyAsync(h => h.Date == Day)));
    }

    [Fact]
    public void UniqueViolation_OfAnyIndexOrPrimaryKey_IsRecognisedOnBothProviders_AndNothingElse()
    {
        static DbUpdateException Sqlite(int code, int extended) => new("save failed", new SqliteException("SQLite Error", code, extended));
        static DbUpdateException Postgres(string sqlState) =>
            new("save failed", new PostgresException("refused", "ERROR", "ERROR", sqlState, constraintName: "PK_BankHolidays"));

        Assert.True(Sqlite(19, 2067).IsUniqueViolation());
        Assert.True(Sqlite(19, 1555).IsUniqueViolation());
        Assert.False(Sqlite(19, 787).IsUniqueViolation());
        Assert.False(Sqlite(19, 1299).IsUniqueViolation());
        Assert.False(Sqlite(5, 5).IsUniqueViolation());
        Assert.True(Postgres("23505").IsUniqueViolation());
        Assert.False(Postgres("23503").IsUniqueViolation());
        Assert.False(new DbUpdateException("save failed", new InvalidOperationException()).IsUniqueViolation());
    }

    private Task<CommandResult> AddAsync(string leadId) => app.InScopeAsync(sp => sp.GetRequiredService<BankHolidayService>().AddAsync(
        new AddBankHolidayCommand(new DateInput { Day = "12", Month = "3", Year = "2031" }, "Extra holiday"), leadId));

    /// <summary>Just before the next insert into the bank holidays: the other QA lead's insert of the same date, or a locked database.</summary>
    private sealed class BankHolidayInsertRace : BeforeCommandInterceptor
    {
        public enum Move
        {
            AddTheSameDate,
            LockTheDatabase,
        }

        private Move? armed;

        public bool Happened { get; private set; }

        public void Arm(Move move) => armed = move;

        protected override async Task BeforeAsync(DbCommand command, CancellationToken cancellationToken)
        {
            if (armed is not { } move || !command.CommandText.Contains("INSERT INTO \"BankHolidays\"", StringComparison.Ordinal))
            {
                return;
            }

            armed = null;
            Happened = true;
            if (move == Move.LockTheDatabase)
            {
                throw new SqliteException("SQLite Error 5: 'database is locked'.", 5, 5);
            }

            await using var clash = command.Connection!.CreateCommand();
            clash.Transaction = command.Transaction;
            // The day as the app stores it (DateOnly as "yyyy-MM-dd" on SQLite).
            clash.CommandText = "INSERT INTO \"BankHolidays\" (\"Date\", \"Name\") VALUES ('2031-03-12', 'Added by the other QA lead')";
            await clash.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
