namespace Audit.Data.Models;

/// <summary>
/// An entity two people may edit at once. <see cref="Version"/> is an optimistic-concurrency token that
/// <see cref="AuditDbContext"/> increments on every update, so a stale edit fails with a concurrency exception.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
