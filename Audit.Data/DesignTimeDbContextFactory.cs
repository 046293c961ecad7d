using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Audit.Data;

/// <summary>
/// Lets `dotnet ef migrations add` and `dotnet ef migrations script` run without starting the web app. EF Core looks
/// for this factory beside the context, so it follows Database__Provider: SQLite by default, or PostgreSQL with the
/// migrations of Audit.Data.PostgreSQL (generating a migration or a script never connects).
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AuditDbContext>
{
    public const string PostgresPlaceholder = "Host=localhost;Database=audit;Username=audit";

    public AuditDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AuditDbContext>();
        if (DataServiceCollectionExtensions.ReadProvider(Environment.GetEnvironmentVariable("Database__Provider")) == DatabaseProvider.PostgreSQL)
        {
            var configured = Environment.GetEnvironmentVariable("ConnectionStrings__Audit");
            DataServiceCollectionExtensions.UsePostgres(options, string.IsNullOrWhiteSpace(configured) ? PostgresPlaceholder : configured);
        }
        else
        {
            options.UseSqlite("Data Source=design-time.db");
        }

        return new AuditDbContext(options.Options);
    }
}
