using System.Globalization;
using Audit.Workflows.Common;
using Audit.Workflows.Retention;

namespace Audit.Web.Infrastructure;

public static partial class CommandLine
{
    /// <summary>
    /// <c>dotnet run --project Audit.Web -- retention [--years N] [--apply]</c>: lists the audits whose free text the
    /// retention rule would remove (a dry run, the default), or removes it with <c>--apply</c>.
    /// </summary>
    public static async Task<int> RetentionAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        int? years = null;
        var yearsText = Option(args, "--years");
        if (yearsText is not null)
        {
            if (!int.TryParse(yearsText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1 or > 100)
            {
                await errors.WriteLineAsync("--years must be a whole number of years between 1 and 100");
                return 2;
            }

            years = y;
        }

        await using var scope = services.CreateAsyncScope();
        var rule = scope.ServiceProvider.GetRequiredService<RetentionRule>();
        if (years is null && scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<RetentionOptions>>().Value.YearsAfterClosure is null)
        {
            await errors.WriteLineAsync("No retention period: set Retention:YearsAfterClosure in configuration or pass --years N.");
            return 2;
        }

        var apply = args.Contains("--apply");
        var audits = apply ? await rule.ApplyAsync(years) : await rule.DryRunAsync(years);
        foreach (var audit in audits)
        {
            await output.WriteLineAsync($"{audit.Reference}  closed {UkTime.ToUk(audit.ClosedAt).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}  {audit.TextsToRemove} pieces of text");
        }

        await output.WriteLineAsync(apply
            ? $"Removed the free text of {audits.Count} audits; their grades and dates are kept."
            : $"Dry run: {audits.Count} audits would have their free text removed. Run again with --apply to remove it.");
        return 0;
    }
}
