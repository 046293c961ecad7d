using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Audit.Tests.Infrastructure;

/// <summary>
/// Moving between pages without races: an action that leads to a new page waits for the navigation that action
/// caused (never for an address that may already have been reached, or whose navigation has not yet started), then
/// checks the new page by its heading, as a person would. When the page is not the one expected the test fails with
/// what the browser shows instead: its address, status, heading and error summary.
/// <code>
/// await page.GetByRole(AriaRole.Button, new() { Name = "Allocate audit" }).ClickAndWaitForPageAsync("LCS-271828");
/// await page.PressAndWaitForPageAsync("Enter", "Record the audit");      // a keyboard journey
/// await page.ExpectPageAsync("My work");                                  // after GotoAsync, say
/// </code>
/// </summary>
public static partial class PageNavigation
{
    /// <summary>Clicks, waits for the page the click leads to and, given a heading, checks it is that page.</summary>
    public static Task<IPage> ClickAndWaitForPageAsync(this ILocator target, string? heading = null) =>
        target.Page.WaitForPageAsync(() => target.ClickAsync(), heading, $"Clicking {target}");

    /// <summary>Presses a key (Enter on a link or button), waits for the page it leads to, and checks its heading.</summary>
    public static Task<IPage> PressAndWaitForPageAsync(this IPage page, string key, string? heading = null, string? doing = null) =>
        page.WaitForPageAsync(() => page.Keyboard.PressAsync(key), heading, doing ?? $"Pressing {key} on {page.Url}");

    /// <summary>
    /// Runs an action that navigates and waits for that navigation: the main frame committing a new page after the
    /// action began (the listener is in place before it), then that page's load event. (Playwright's own
    /// RunAndWaitForNavigation does this too, but is deprecated.)
    /// </summary>
    public static async Task<IPage> WaitForPageAsync(this IPage page, Func<Task> action, string? heading = null, string doing = "The action")
    {
        var navigated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame)
            {
                navigated.TrySetResult();
            }
        }

        page.FrameNavigated += OnNavigated;
        try
        {
            try
            {
                await action();
            }
            catch (TimeoutException ex)
            {
                throw new UnexpectedPageException($"{doing} could not be done ({ex.Message.Split('\n')[0]}). The browser shows {await page.DescribeAsync()}", ex);
            }

            await navigated.Task.WaitAsync(BrowserSession.PageTimeout);
            await page.WaitForLoadStateAsync(LoadState.Load);
        }
        catch (TimeoutException ex)
        {
            throw new UnexpectedPageException(
                $"{doing} led to no new page within {BrowserSession.PageTimeout.TotalSeconds:0} s. The browser shows {await page.DescribeAsync()}", ex);
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
        }

        if (heading is not null)
        {
            await page.ExpectPageAsync(heading, doing);
        }

        return page;
    }

    /// <summary>Fails, saying what the browser shows, unless the page's main heading is <paramref name="heading"/>.</summary>
    public static async Task ExpectPageAsync(this IPage page, string heading, string? doing = null)
    {
        var shown = await HeadingAsync(page);
        if (!string.Equals(shown, heading, StringComparison.Ordinal))
        {
            throw new UnexpectedPageException($"{doing ?? "The test"} should have led to \"{heading}\", but the browser shows {await page.DescribeAsync()}");
        }
    }

    /// <summary>What a person would see, in a line: address and status, title, heading, error summary and success banner.</summary>
    public static async Task<string> DescribeAsync(this IPage page)
    {
        var description = new StringBuilder(page.Url);
        try
        {
            var status = await page.EvaluateAsync<int>("() => performance.getEntriesByType('navigation')[0]?.responseStatus ?? 0");
            description.Append(" (").Append(status == 0 ? "no response" : $"status {status}").Append(')');
            description.Append(", title \"").Append(await page.TitleAsync()).Append('"');
            description.Append(", heading \"").Append(await HeadingAsync(page)).Append('"');
            var errors = await page.Locator(".govuk-error-summary__list li").AllInnerTextsAsync();
            if (errors.Count > 0)
            {
                description.Append(", error summary: ").AppendJoin("; ", errors.Select(Normalise));
            }

            var banners = await page.Locator(".govuk-notification-banner__heading").AllInnerTextsAsync();
            if (banners.Count > 0)
            {
                description.Append(", banner: ").AppendJoin("; ", banners.Select(Normalise));
            }
        }
        catch (PlaywrightException ex)
        {
            // A page in the middle of navigating or closing: say so rather than hide the original failure.
            description.Append(" (could not read the page: ").Append(ex.Message.Split('\n')[0]).Append(')');
        }

        return description.ToString();
    }

    /// <summary>Presses Tab until the focused element matches the selector, as a keyboard user moves through a page.</summary>
    public static async Task TabToAsync(this IPage page, string selector)
    {
        for (var presses = 0; presses < 250; presses++)
        {
            if (await page.EvaluateAsync<bool>("s => !!document.activeElement && document.activeElement.matches(s)", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new UnexpectedPageException($"Tab never reached {selector}. The browser shows {await page.DescribeAsync()}");
    }

    /// <summary>The success banner's heading, or null when the page shows none; never waits.</summary>
    public static async Task<string?> SuccessBannerAsync(this IPage page) =>
        (await page.Locator(".govuk-notification-banner--success .govuk-notification-banner__heading").AllInnerTextsAsync()).Select(Normalise).FirstOrDefault();

    /// <summary>The first h1's text with its whitespace collapsed ("" when the page has none); never waits.</summary>
    private static async Task<string> HeadingAsync(IPage page) =>
        (await page.Locator("h1").AllInnerTextsAsync()).Select(Normalise).FirstOrDefault() ?? string.Empty;

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>The browser reached a page other than the one the test expected; the message says what it shows.</summary>
public sealed class UnexpectedPageException(string message, Exception? inner = null) : Xunit.Sdk.XunitException(message, inner);
