using Audit.Data;

namespace Audit.Web.Infrastructure;

public static partial class CommandLine
{
    /// <summary>
    /// <c>dotnet run --project Audit.Web -- backup FILE</c>: a checked copy of the SQLite database, safe while the app
    /// runs. Exit code 0 only when the copy was written and passed its integrity check.
    /// </summary>
    public static async Task<int> BackupAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length != 1 || args[0].StartsWith('-'))
        {
            await errors.WriteLineAsync("Usage: backup FILE   (for example: backup /var/backups/audit-2026-12-02.db)");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DatabaseBackup>().BackupAsync(args[0]);
        await (result.Succeeded ? output : errors).WriteLineAsync(result.Message);
        return result.Succeeded ? 0 : 1;
    }
}
