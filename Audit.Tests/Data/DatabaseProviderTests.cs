using Audit.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Data;

/// <summary>Database:Provider chooses SQLite (the default) or PostgreSQL; anything else stops start-up with a clear message.</summary>
public sealed class DatabaseProviderTests
{
    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("", DatabaseProvider.Sqlite)]
    [InlineData("Sqlite", DatabaseProvider.Sqlite)]
    [InlineData("PostgreSQL", DatabaseProvider.PostgreSQL)]
    [InlineData(" postgresql ", DatabaseProvider.PostgreSQL)]
    public void Provider_IsReadFromItsName(string? configured, DatabaseProvider expected) =>
        Assert.Equal(expected, DataServiceCollectionExtensions.ReadProvider(configured));

    [Fact]
    public void AnUnknownProvider_IsRefused_NamingTheSettingAndItsValues()
    {
        var failure = Assert.Throws<DatabaseConfigurationException>(() => AddData(("Database:Provider", "Oracle")));

        Assert.Equal("Database:Provider is \"Oracle\"; it must be Sqlite (the default) or PostgreSQL.", failure.Message);
    }

    [Fact]
    public void PostgreSQL_WithASqliteConnectionString_IsRefused_NamingTheConnectionString()
    {
        var failure = Assert.Throws<DatabaseConfigurationException>(() =>
            AddData(("Database:Provider", "PostgreSQL"), ("ConnectionStrings:Audit", "Data Source=App_Data/audit.db")));

        Assert.StartsWith("ConnectionStrings:Audit is not a valid PostgreSQL connection string", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgreSQL_WithoutAConnectionString_IsRefused()
    {
        var failure = Assert.Throws<DatabaseConfigurationException>(() => AddData(("Database:Provider", "PostgreSQL")));

        Assert.Contains("ConnectionStrings:Audit is empty", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApp_WithAnUnknownProvider_DoesNotStart()
    {
        await using var app = new Infrastructure.AuditAppFactory().With("Database:Provider", "Oracle");

        Assert.ThrowsAny<InvalidOperationException>(() => app.Services);
    }

    [Fact]
    public void PostgreSQL_PreparesRepeatedStatements_UnlessTheConnectionStringSaysOtherwise()
    {
        var prepared = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString("Host=db.example;Database=audit;Username=audit"));
        var refused = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString("Host=db.example;Database=audit;maxautoprepare=0"));
        var tuned = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString("Host=db.example;Max Auto Prepare=10;Auto Prepare Min Usages=7"));

        Assert.Equal((DataServiceCollectionExtensions.AutoPreparedStatements, 2), (prepared.MaxAutoPrepare, prepared.AutoPrepareMinUsages));
        Assert.Equal("audit", prepared.Username);
        Assert.Equal(0, refused.MaxAutoPrepare);
        Assert.Equal((10, 7), (tuned.MaxAutoPrepare, tuned.AutoPrepareMinUsages));
    }

    // The connection string the app's contexts are given (building a context never connects).
    private static string PostgresConnectionString(string configured)
    {
        using var services = AddData(("Database:Provider", "PostgreSQL"), ("ConnectionStrings:Audit", configured)).BuildServiceProvider();
        using var scope = services.CreateScope();
        return Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetConnectionString(
            scope.ServiceProvider.GetRequiredService<AuditDbContext>().Database)!;
    }

    private static IServiceCollection AddData(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddAuditData(configuration, Path.GetTempPath());
    }
}
