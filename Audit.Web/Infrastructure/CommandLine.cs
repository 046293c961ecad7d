using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Demo;
using Audit.Workflows.Imports;
using Audit.Workflows.Notifications;
using Audit.Workflows.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Audit.Web.Infrastructure;

/// <summary>
/// Administrative commands run with the app's own configuration:
/// <c>dotnet run --project Audit.Web -- create-admin --email jo@council.gov.uk --name "Jo Bloggs"</c>
/// creates the first QA lead and sends them an invitation (no password is ever printed).
/// </summary>
public static partial class CommandLine
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length > 0 && args[0] == "import-cases")
        {
            var file = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
            if (file is null)
            {
                await Console.Error.WriteLineAsync("Usage: import-cases FILE.csv [--valid-rows-only]");
                Environment.ExitCode = 2;
                return true;
            }

            Environment.ExitCode = await ImportCasesAsync(app.Services, file, args.Contains("--valid-rows-only"), Console.Out, Console.Error);
            return true;
        }

        if (args.Length > 0 && args[0] == "import-audits")
        {
            var file = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
            if (file is null)
            {
                await Console.Error.WriteLineAsync("Usage: import-audits FILE.csv [--valid-rows-only]");
                Environment.ExitCode = 2;
                return true;
            }

            Environment.ExitCode = await ImportAuditsAsync(app.Services, file, args.Contains("--valid-rows-only"), Console.Out, Console.Error);
            return true;
        }

        if (args.Length > 0 && args[0] is "backup" or "retention")
        {
            var rest = args.Skip(1).ToArray();
            Environment.ExitCode = args[0] == "backup"
                ? await BackupAsync(app.Services, rest, Console.Out, Console.Error)
                : await RetentionAsync(app.Services, rest, Console.Out, Console.Error);
            return true;
        }

        if (args.Length > 0 && args[0] == "generate-audits")
        {
            Environment.ExitCode = await GenerateAuditsAsync(app.Services, app.Environment.IsProduction(), args.Skip(1).ToArray(), Console.Out, Console.Error);
            return true;
        }

        if (args.Length > 0 && args[0] == "report")
        {
            Environment.ExitCode = await ReportAsync(app.Services, args.Skip(1).ToArray(), Console.Out, Console.Error);
            return true;
        }

        if (args.Length == 0 || args[0] != "create-admin")
        {
            return false;
        }

        var email = Option(args, "--email");
        var name = Option(args, "--name");
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(name))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --email someone@council.gov.uk --name \"Full Name\"");
            Environment.ExitCode = 2;
            return true;
        }

        Environment.ExitCode = await CreateAdminAsync(app.Services, email, name, Console.Out, Console.Error);
        return true;
    }

    /// <summary>Creates a QA lead and sends their invitation now. Returns the process exit code.</summary>
    public static async Task<int> CreateAdminAsync(IServiceProvider services, string email, string name, TextWriter output, TextWriter errors)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditDatabase>().MigrateAsync();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        var result = await invitations.InviteAsync(new InviteStaffCommand(name, email, "Quality assurance lead", null, [Roles.QaLead]), actorId: null);
        if (!result.Succeeded)
        {
            foreach (var (_, message) in result.Outcome.Errors)
            {
                await errors.WriteLineAsync(message);
            }

            return 1;
        }

        // Send now rather than waiting for the scheduler, which does not run for a command.
        var sent = await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync();
        var transport = scope.ServiceProvider.GetRequiredService<IMailTransport>();
        await output.WriteLineAsync($"Created QA lead {email}. Invitation {(sent > 0 ? "sent" : "queued; it will be sent when the app runs")} via {transport.Description}.");
        await output.WriteLineAsync("They must set up an authenticator app when they first sign in.");
        return 0;
    }

    /// <summary>
    /// Imports a case list exactly as the Import a case list page does, printing each row's problems and a summary.
    /// Exit code 0 only when at least one case was added or updated.
    /// </summary>
    public static Task<int> ImportCasesAsync(IServiceProvider services, string path, bool validRowsOnly, TextWriter output, TextWriter errors) =>
        RunImportAsync(services, path, output, errors,
            (sp, stream, name) => sp.GetRequiredService<CaseListImport>().ImportAsync(stream, name, validRowsOnly, actorId: null),
            Pages.Admin.Cases.ImportModel.Summary);

    /// <summary>Runs an import on a file as its page does: each row's problems, then a summary; 0 only when something was imported.</summary>
    private static async Task<int> RunImportAsync<TOutcome>(IServiceProvider services, string path, TextWriter output, TextWriter errors,
        Func<IServiceProvider, Stream, string, Task<TOutcome>> import, Func<TOutcome, string> summary)
        where TOutcome : IImportOutcome
    {
        if (!File.Exists(path))
        {
            await errors.WriteLineAsync($"No file at {path}");
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditDatabase>().MigrateAsync();
        await using var stream = File.OpenRead(path);
        var result = await import(scope.ServiceProvider, stream, Path.GetFileName(path));
        foreach (var problem in result.Problems)
        {
            await errors.WriteLineAsync(problem.ToString());
        }

        if (result.Imported)
        {
            await output.WriteLineAsync(summary(result) + ".");
            return 0;
        }

        await output.WriteLineAsync(result.Refused || result.RowsWithProblems == 0
            ? "Nothing was imported."
            : $"Nothing was imported: {result.RowsWithProblems} of {result.RowsRead} rows have problems. Fix the file, or run again with --valid-rows-only.");
        return 1;
    }

    /// <summary>Migrates the database, seeds demo data where allowed, and says where email goes.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, string[] args)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Audit.Startup");
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditDatabase>().MigrateAsync();
        if (scope.ServiceProvider.GetRequiredService<AuditDbContext>().Database.IsSqlite())
        {
            switch (SqliteMemoryStatistics.Off)
            {
                case true:
                    LogSqliteMemoryStatisticsOff(logger);
                    break;
                case false:
                    LogSqliteMemoryStatisticsOn(logger);
                    break;
            }
        }

        var seedRequested = args.Contains("--seed-demo") || app.Configuration.GetValue("Audit:SeedDemoData", app.Environment.IsDevelopment());
        if (seedRequested)
        {
            if (app.Environment.IsProduction())
            {
                LogDemoRefused(logger);
            }
            else
            {
                var created = await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
                if (created)
                {
                    LogDemoSeeded(logger, DemoDataSeeder.Password);
                }
            }
        }

        var email = scope.ServiceProvider.GetRequiredService<IOptions<EmailOptions>>().Value;
        LogEmailTransport(logger, scope.ServiceProvider.GetRequiredService<IMailTransport>().Description, email.UsesSmtp);
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo data is never seeded in Production; --seed-demo was ignored")]
    private static partial void LogDemoRefused(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded DEMO data: demo accounts share the password {Password} (see README)")]
    private static partial void LogDemoSeeded(ILogger logger, string password);

    [LoggerMessage(Level = LogLevel.Information, Message = "SQLite's memory statistics are off, so statements prepared at the same time do not queue on one lock")]
    private static partial void LogSqliteMemoryStatisticsOff(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "SQLite's memory statistics are on (SQLite had started before Audit could turn them off), so statements prepared at the same time queue on one lock")]
    private static partial void LogSqliteMemoryStatisticsOn(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email is delivered via {Transport} (SMTP configured: {UsesSmtp})")]
    private static partial void LogEmailTransport(ILogger logger, string transport, bool usesSmtp);
}
