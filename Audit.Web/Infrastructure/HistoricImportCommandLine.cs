using Audit.Workflows.Imports;

namespace Audit.Web.Infrastructure;

public static partial class CommandLine
{
    /// <summary>
    /// Imports historic audits exactly as the Import historic audits page does, printing each row's problems and a
    /// summary. Exit code 0 only when at least one audit was added or updated.
    /// </summary>
    public static Task<int> ImportAuditsAsync(IServiceProvider services, string path, bool validRowsOnly, TextWriter output, TextWriter errors)
        => RunImportAsync(services, path, output, errors,
            (sp, stream, name) => sp.GetRequiredService<HistoricAuditImport>().ImportAsync(stream, name, validRowsOnly, actorId: null),
            Pages.Admin.Audits.ImportModel.Summary);
}
