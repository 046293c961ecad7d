using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Audit.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="BeforeAsync"/> just before each command EF Core sends (a query or a save's batch), on the command's
/// own connection and transaction: the other half of a race a test plays, or a failure it injects.
/// </summary>
public abstract class BeforeCommandInterceptor : DbCommandInterceptor
{
    protected abstract Task BeforeAsync(DbCommand command, CancellationToken cancellationToken);

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(command, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await BeforeAsync(command, cancellationToken);
        return result;
    }
}
