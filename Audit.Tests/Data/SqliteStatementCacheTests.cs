using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Data;

/// <summary>
/// A pooled context's SQLite connection stays open from one use to the next and runs a statement it has prepared
/// again without preparing it; what closing would undo (an open transaction) is still undone.
/// </summary>
public sealed class SqliteStatementCacheTests : IAsyncDisposable
{
    private readonly AuditAppFactory app = AuditAppFactory.On(DatabaseProvider.Sqlite);

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task TheConnection_StaysOpenBetweenUses_AndRunsAStatementAgainOnTheCommandThatPreparedIt()
    {
        var (first, idleAfterFirst) = await InScopeAsync(async db =>
        {
            await db.Directorates.CountAsync();
            return (Connection(db), Connection(db).IdleCommands);
        });
        var (second, idleAfterSecond) = await InScopeAsync(async db =>
        {
            await db.Directorates.CountAsync();
            return (Connection(db), Connection(db).IdleCommands);
        });

        Assert.Same(first, second);
        Assert.Equal(System.Data.ConnectionState.Open, second.State);
        // Run again on the command kept from the first run: no second command was made for it.
        Assert.Equal(idleAfterFirst, idleAfterSecond);
    }

    [Fact]
    public async Task TheSameStatement_RunWhileItsReaderIsOpen_RunsOnACommandOfItsOwn()
    {
        var (outer, inner) = await InScopeAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var connection = Connection(db);
            await using var first = connection.CreateCommand();
            first.CommandText = "SELECT 1 UNION ALL SELECT 2";
            await using var reader = await first.ExecuteReaderAsync();
            await reader.ReadAsync();
            await using var again = connection.CreateCommand();
            again.CommandText = first.CommandText;
            var inner = Convert.ToInt32(await again.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            await reader.ReadAsync();
            return (reader.GetInt32(0), inner);
        });

        Assert.Equal(2, outer);
        Assert.Equal(1, inner);
    }

    [Fact]
    public async Task ATransactionLeftOpen_IsRolledBackWhenTheContextIsDoneWith_AndTheConnectionIsLeftWithoutOne()
    {
        await InScopeAsync(async db =>
        {
            var transaction = await db.Database.BeginTransactionAsync();
            db.Directorates.Add(new Directorate { Name = "Left open" });
            await db.SaveChangesAsync();
            return transaction;
        });

        var (count, saved) = await InScopeAsync(async db =>
        {
            var count = await db.Directorates.CountAsync(b => b.Name == "Left open");
            db.Directorates.Add(new Directorate { Name = "Committed" });
            return (count, await db.SaveChangesAsync());
        });

        Assert.Equal(0, count);
        Assert.Equal(1, saved);
    }

    [Fact]
    public async Task AStatementPreparedBeforeTheSchemaChanged_RunsAgainAfterIt()
    {
        await InScopeAsync(db => db.Directorates.CountAsync());
        await using (var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(app.Folder, "audit.db")};Pooling=False"))
        {
            await other.OpenAsync();
            await using var alter = other.CreateCommand();
            alter.CommandText = "CREATE TABLE \"Scratch\" (\"Id\" INTEGER PRIMARY KEY)";
            await alter.ExecuteNonQueryAsync();
        }

        var count = await InScopeAsync(db => db.Directorates.CountAsync());

        Assert.True(count >= 0);
    }

    [Fact]
    public async Task AfterMoreTextsThanItKeeps_TheConnectionKeepsWhatRunsNow_AndGivesUpTheLeastRecent()
    {
        const string Count = "SELECT count(*) FROM \"Directorates\"";
        var (keepsCount, keepsFirst, keepsLast) = await InScopeAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var connection = Connection(db);
            // As start-up's migrations do: more texts than are kept, each run once.
            for (var i = 0; i <= SqliteStatementCache.StatementsPerConnection; i++)
            {
                await ScalarAsync(connection, $"SELECT {i}");
            }

            await ScalarAsync(connection, Count);
            await ScalarAsync(connection, Count);
            return (connection.Keeps(Count), connection.Keeps("SELECT 0"), connection.Keeps($"SELECT {SqliteStatementCache.StatementsPerConnection}"));
        });

        Assert.True(keepsCount);
        Assert.False(keepsFirst);
        Assert.True(keepsLast);
    }

    [Fact]
    public async Task AStatementThatChangesTheSchema_IsNotKept()
    {
        const string Create = "CREATE TABLE \"Scratch\" (\"Id\" INTEGER PRIMARY KEY)";
        var kept = await InScopeAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await ScalarAsync(Connection(db), Create);
            return Connection(db).Keeps(Create);
        });

        Assert.False(kept);
    }

    private static async Task ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteScalarAsync();
    }

    private static SqliteStatementCache.KeptOpenConnection Connection(AuditDbContext db) =>
        Assert.IsType<SqliteStatementCache.KeptOpenConnection>(db.Database.GetDbConnection());

    private async Task<T> InScopeAsync<T>(Func<AuditDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AuditDbContext>());
    }
}
