using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Audit.Workflows.Common;

/// <summary>
/// A query compiled once per model (<c>EF.CompileAsyncQuery</c>) rather than once per process: a compiled query keeps
/// the model it first ran on and throws "executed with a different model" on any other, so one process that holds both
/// providers (the benchmarks, the tests that run SQLite and PostgreSQL side by side) needs one per model. A deployed
/// instance has one model, so each query is compiled once.
/// </summary>
public sealed class CompiledQuery<TDelegate>(Func<TDelegate> compile)
    where TDelegate : Delegate
{
    private readonly ConcurrentDictionary<IModel, TDelegate> byModel = new(ReferenceEqualityComparer.Instance);

    /// <summary>The query compiled for this context's model.</summary>
    public TDelegate For(DbContext db) => byModel.GetOrAdd(db.Model, static (_, compile) => compile(), compile);
}
