using Audit.Data;
using Microsoft.EntityFrameworkCore;

namespace Audit.Tests.Data;

/// <summary>
/// The model has one migration set per provider: a change to the model without a migration in both would leave one
/// provider's databases behind. Neither check connects to a database.
/// </summary>
public sealed class MigrationSetTests
{
    [Fact]
    public void TheSqliteMigrations_MatchTheModel()
    {
        var options = new DbContextOptionsBuilder<AuditDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var db = new AuditDbContext(options);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration to Audit.Data (README, \"Database\")");
    }

    [Fact]
    public void ThePostgresMigrations_MatchTheModel()
    {
        var options = DataServiceCollectionExtensions.UsePostgres(new DbContextOptionsBuilder<AuditDbContext>(), "Host=localhost;Database=audit;Username=audit").Options;
        using var db = new AuditDbContext((DbContextOptions<AuditDbContext>)options);

        Assert.False(db.Database.HasPendingModelChanges(), "Add the same migration to Audit.Data.PostgreSQL (README, \"Database\")");
    }
}
