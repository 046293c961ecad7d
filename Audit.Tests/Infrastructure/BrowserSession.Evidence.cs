using System.Text;
using Microsoft.Playwright;

namespace Audit.Tests.Infrastructure;

public sealed partial class BrowserSession
{
    /// <summary>
    /// Stops each person's trace into a pending folder, with a screenshot of where they are and the app's log for
    /// this test; <see cref="FailureEvidence"/> keeps them if the test fails. Never throws: whatever the test found
    /// must stay its result.
    /// </summary>
    private async Task SaveEvidenceAsync()
    {
        if (people.Count == 0)
        {
            return;
        }

        var folder = FailureEvidence.NewPendingFolder();
        var name = FailureEvidence.TestFileName();
        var summary = new StringBuilder($"{name}\n\n");
        foreach (var who in people)
        {
            var file = Path.Combine(folder, $"{name}.{who.Number}-{FileName(who.Label)}");
            try
            {
                var pages = who.Context.Pages.Where(p => p.Url != "about:blank").ToList();
                if (pages.Count == 0)
                {
                    await who.Context.Tracing.StopAsync();
                    continue;
                }

                for (var i = 0; i < pages.Count; i++)
                {
                    summary.Append(who.Label).Append(": ").AppendLine(await pages[i].DescribeAsync());
                    await pages[i].ScreenshotAsync(new PageScreenshotOptions { Path = i == 0 ? $"{file}.png" : $"{file}-{i + 1}.png", FullPage = true, Timeout = 15_000 });
                }

                await who.Context.Tracing.StopAsync(new TracingStopOptions { Path = $"{file}.zip" });
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException or IOException)
            {
                summary.Append(who.Label).Append(": evidence incomplete: ").AppendLine(ex.Message);
            }
        }

        try
        {
            summary.AppendLine().AppendLine("The app's log and what each browser reported (UTC):");
            foreach (var line in logs.Messages)
            {
                summary.AppendLine(line);
            }

            await File.WriteAllTextAsync(Path.Combine(folder, $"{name}.log"), summary.ToString());
        }
        catch (IOException)
        {
            // Best effort, as above.
        }

        FailureEvidence.Add(folder);
    }

    private static string FileName(string person) =>
        new(person.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
