using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "Audit";
    public const string DefaultConnectionString = "Data Source=App_Data/audit.db";

    /// <summary>Registers <see cref="AuditDbContext"/> on SQLite, from ConnectionStrings:Audit.</summary>
    public static IServiceCollection AddAuditData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var connectionString = ResolveConnectionString(configuration.GetConnectionString(ConnectionStringName), contentRoot);
        services.AddDbContext<AuditDbContext>(options => options.UseSqlite(connectionString).AddInterceptors(new SqliteBusyTimeout()));
        services.AddScoped<AuditDatabase>();
        services.AddScoped<DatabaseBackup>();
        return services;
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
