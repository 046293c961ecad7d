using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Audit.Data.PostgreSQL;

/// <summary>
/// Lets `dotnet ef migrations add|script --project Audit.Data.PostgreSQL` build the PostgreSQL model without starting
/// the web app. Generating a migration or a script never connects; `database update` uses ConnectionStrings__Audit.
/// </summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<AuditDbContext>
{
    private const string Placeholder = "Host=localhost;Database=audit;Username=audit";

    public AuditDbContext CreateDbContext(string[] args)
    {
        var configured = Environment.GetEnvironmentVariable("ConnectionStrings__Audit");
        var connectionString = string.IsNullOrWhiteSpace(configured) ? Placeholder : configured;
        var options = new DbContextOptionsBuilder<AuditDbContext>();
        DataServiceCollectionExtensions.UsePostgres(options, connectionString);
        return new AuditDbContext(options.Options);
    }
}
