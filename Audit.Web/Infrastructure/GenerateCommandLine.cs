using System.Globalization;
using Audit.Data;
using Audit.Workflows.Scale;

namespace Audit.Web.Infrastructure;

public static partial class CommandLine
{
    private const string GenerateUsage = "Usage: generate-audits [--count N]   (default 100000, at most 1000000; never in Production)";

    /// <summary>
    /// <c>dotnet run --project Audit.Web -- generate-audits [--count N]</c>: adds N synthetic closed audits (case
    /// references SYN-…) for measuring the reports. Refused in Production (exit code 1); bad input exits with 2.
    /// </summary>
    public static async Task<int> GenerateAuditsAsync(IServiceProvider services, bool isProduction, string[] args, TextWriter output, TextWriter errors)
    {
        if (isProduction)
        {
            await errors.WriteLineAsync("generate-audits adds synthetic audits for measurement and is never run in Production. Nothing was added.");
            return 1;
        }

        var count = SyntheticAuditGenerator.DefaultCount;
        var text = Option(args, "--count");
        if (args.Contains("--count") && (text is null || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count)
            || count < 1 || count > SyntheticAuditGenerator.MaxCount))
        {
            await errors.WriteLineAsync($"--count must be a whole number from 1 to {SyntheticAuditGenerator.MaxCount.ToString("N0", CultureInfo.InvariantCulture)}");
            await errors.WriteLineAsync(GenerateUsage);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditDatabase>().MigrateAsync();
        var result = await scope.ServiceProvider.GetRequiredService<SyntheticAuditGenerator>().GenerateAsync(count);
        if (!result.Succeeded)
        {
            await errors.WriteLineAsync(result.Problem);
            return 1;
        }

        await output.WriteLineAsync($"Added {result.Added.ToString("N0", CultureInfo.InvariantCulture)} synthetic audits (case references {SyntheticAuditGenerator.ReferencePrefix}…).");
        return 0;
    }
}
