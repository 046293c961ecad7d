using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Audit.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "Audit";
    public const string DefaultConnectionString = "Data Source=App_Data/audit.db";
    public const string ProviderKey = "Database:Provider";

    /// <summary>The assembly holding the PostgreSQL migrations; SQLite's stay in Audit.Data.</summary>
    public const string PostgresMigrationsAssembly = "Audit.Data.PostgreSQL";

    /// <summary>
    /// Registers <see cref="AuditDbContext"/>, with every EF Core <see cref="IInterceptor"/> registered as a service
    /// (the workflows' cache invalidation), on the provider named by Database:Provider (SQLite when unset), from
    /// ConnectionStrings:Audit. The contexts are pooled: the options are built once (the interceptors are singletons
    /// too) and a request leases a context whose EF Core services are already resolved, instead of building the options
    /// and resolving a scope of EF Core's services for every context. A context returned to the pool forgets what it
    /// tracked; the context keeps no state of its own. On SQLite it first turns SQLite's memory statistics off
    /// (<see cref="SqliteMemoryStatistics"/>), which SQLite accepts only before the process opens a connection.
    /// </summary>
    public static IServiceCollection AddAuditData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        switch (ReadProvider(configuration[ProviderKey]))
        {
            case DatabaseProvider.PostgreSQL:
                var postgres = ResolvePostgresConnectionString(configured);
                services.AddDbContextPool<AuditDbContext>((sp, options) => UsePostgres(options, postgres).AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            default:
                var sqlite = ResolveConnectionString(configured, contentRoot);
                SqliteMemoryStatistics.TurnOff();
                services.AddDbContextPool<AuditDbContext>((sp, options) => options.UseSqlite(sqlite).AddInterceptors(new SqliteStatementCache(), new SqliteBusyTimeout()).AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
        }

        services.AddScoped<AuditDatabase>();
        services.AddScoped<DatabaseBackup>();
        return services;
    }

    /// <summary>Npgsql with the migrations of Audit.Data.PostgreSQL; used at run time and at design time.</summary>
    public static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));

    /// <summary>Reads Database:Provider: empty means SQLite; anything but the two names is refused at start-up.</summary>
    public static DatabaseProvider ReadProvider(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DatabaseProvider.Sqlite;
        }

        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            if (string.Equals(configured.Trim(), provider.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return provider;
            }
        }

        throw new DatabaseConfigurationException(
            $"{ProviderKey} is \"{configured}\"; it must be {nameof(DatabaseProvider.Sqlite)} (the default) or {nameof(DatabaseProvider.PostgreSQL)}.");
    }

    internal static string ResolvePostgresConnectionString(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new DatabaseConfigurationException(
                $"{ProviderKey} is {nameof(DatabaseProvider.PostgreSQL)} but ConnectionStrings:{ConnectionStringName} is empty: " +
                "set it to a PostgreSQL connection string such as Host=db.example;Database=audit;Username=audit;Password=….");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(configured);
        }
        catch (ArgumentException ex)
        {
            throw new DatabaseConfigurationException(
                $"ConnectionStrings:{ConnectionStringName} is not a valid PostgreSQL connection string: {ex.Message}", ex);
        }

        // Npgsql prepares a statement on the server once it has been run a few times on a connection, so the server
        // stops parsing and planning the same few commands (a command's audit read, its writes, My work's reads) on
        // every request. Off in Npgsql by default; a deployment that must not prepare (PgBouncer before 1.21 in
        // transaction mode) sets Max Auto Prepare=0 itself, which is kept.
        if (!Names(configured, "Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
            if (!Names(configured, "Auto Prepare Min Usages"))
            {
                builder.AutoPrepareMinUsages = 2;
            }
        }

        return builder.ConnectionString;
    }

    /// <summary>How many statements Npgsql keeps prepared per connection unless the connection string says otherwise.</summary>
    public const int AutoPreparedStatements = 64;

    // Whether the connection string sets this keyword itself (spelt with or without its spaces, in any case).
    private static bool Names(string connectionString, string keyword)
    {
        var wanted = keyword.Replace(" ", string.Empty, StringComparison.Ordinal);
        return new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Any(k => string.Equals(k.Replace(" ", string.Empty, StringComparison.Ordinal), wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A relative SQLite file path is taken from the application's content root, so the database is in the same
    /// place whichever folder the app was started from.
    /// </summary>
    internal static string ResolveConnectionString(string? configured, string contentRoot)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is not a valid SQLite connection string: {ex.Message}", ex);
        }

        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        // Writers wait up to 30 seconds for a lock rather than failing at once when two requests write together.
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }

        return builder.ToString();
    }
}
