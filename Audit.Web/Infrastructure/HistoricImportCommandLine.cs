using Audit.Data;
using Audit.Workflows.Imports;

namespace Audit.Web.Infrastructure;

public static partial class CommandLine
{
    /// <summary>
    /// Imports historic audits exactly as the Import historic audits page does, printing each row's problems and a
    /// summary. Exit code 0 only when at least one audit was added or updated.
    /// </summary>
    public static async Task<int> ImportAuditsAsync(IServiceProvider services, string path, bool validRowsOnly, TextWriter output, TextWriter errors)
    {
        if (!File.Exists(path))
        {
            await errors.WriteLineAsync($"No file at {path}");
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditDatabase>().MigrateAsync();
        await using var stream = File.OpenRead(path);
        var result = await scope.ServiceProvider.GetRequiredService<HistoricAuditImport>().ImportAsync(stream, Path.GetFileName(path), validRowsOnly, actorId: null);
        foreach (var problem in result.Problems)
        {
            await errors.WriteLineAsync(problem.ToString());
        }

        if (result.Imported)
        {
            await output.WriteLineAsync(Pages.Admin.Audits.ImportModel.Summary(result) + ".");
            return 0;
        }

        await output.WriteLineAsync(result.Refused || result.RowsWithProblems == 0
            ? "Nothing was imported."
            : $"Nothing was imported: {result.RowsWithProblems} of {result.RowsRead} rows have problems. Fix the file, or run again with --valid-rows-only.");
        return 1;
    }
}
