using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit.v3;

namespace Audit.Tests.Infrastructure;

/// <summary>
/// What a browser test leaves behind for whoever has to explain its failure: each person's Playwright trace and last
/// screenshot, and the app's log for that test. A <see cref="BrowserSession"/> writes them to a pending folder when it
/// is disposed (usually inside the test, before its result is known); they are kept in <see cref="Folder"/>
/// (<c>TestResults/traces</c>) when the test fails and deleted when it passes.
/// </summary>
public static partial class FailureEvidence
{
    private static readonly ConcurrentDictionary<string, ConcurrentBag<string>> Pending = new();

    /// <summary>Where a failed test's files are kept: <c>TestResults/traces</c>, or <c>AUDIT_TRACES</c> when set.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable("AUDIT_TRACES") is { Length: > 0 } folder ? folder : Path.Combine(RepositoryPaths.Root, "TestResults", "traces");

    /// <summary>The current test's name as a file name: <c>Browser.SignInJourneyTests.Practitioner_SignsIn…</c>.</summary>
    public static string TestFileName()
    {
        var name = TestContext.Current.Test?.TestDisplayName ?? "outside-a-test";
        name = name.StartsWith("Audit.Tests.", StringComparison.Ordinal) ? name["Audit.Tests.".Length..] : name;
        name = UnsafeInFileName().Replace(name, "-");
        return name.Length <= 150 ? name : name[..150];
    }

    /// <summary>A new pending folder for the current test's evidence (in the temporary folder, so a pass leaves no trace).</summary>
    public static string NewPendingFolder() => Directory.CreateTempSubdirectory("audit-evidence-").FullName;

    /// <summary>
    /// Hands the current test's pending evidence over: decided at once when the test's result is already known (a
    /// session disposed by the test class), otherwise when the test ends (<see cref="KeepOnFailureAttribute"/>).
    /// </summary>
    public static void Add(string pendingFolder)
    {
        if (TestContext.Current.TestState is { } state)
        {
            Settle(pendingFolder, state.Result == TestResult.Failed);
            return;
        }

        Pending.GetOrAdd(TestContext.Current.Test?.UniqueID ?? string.Empty, _ => []).Add(pendingFolder);
    }

    /// <summary>Takes the current test's pending evidence, to settle it here rather than when the test ends.</summary>
    public static IReadOnlyList<string> TakePending() => Take(TestContext.Current.Test?.UniqueID ?? string.Empty);

    /// <summary>Keeps the files of a failed test in <paramref name="keepIn"/> (returning their paths), or deletes them.</summary>
    /// <param name="keepIn">By default <see cref="Folder"/>.</param>
    public static IReadOnlyList<string> Settle(string pendingFolder, bool failed, string? keepIn = null)
    {
        keepIn ??= Folder;
        var kept = new List<string>();
        try
        {
            foreach (var file in Directory.EnumerateFiles(pendingFolder))
            {
                // A pass also clears what an earlier failed run of the same test left, so the folder only holds failures.
                var destination = Path.Combine(keepIn, Path.GetFileName(file));
                if (failed)
                {
                    Directory.CreateDirectory(keepIn);
                    File.Move(file, destination, overwrite: true);
                    kept.Add(destination);
                }
                else if (File.Exists(destination))
                {
                    File.Delete(destination);
                }
            }

            Directory.Delete(pendingFolder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Evidence is best effort: it must never turn a result into another one.
        }

        return kept;
    }

    /// <summary>
    /// Settles the evidence of each test once its result is known: xunit sets the result just before the "after"
    /// side of these attributes runs, and after the test method (with its <c>await using</c> session) has returned.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Method)]
    public sealed class KeepOnFailureAttribute : BeforeAfterTestAttribute
    {
        public override void After(MethodInfo methodUnderTest, IXunitTest test)
        {
            var folders = Take(test.UniqueID);
            var failed = TestContext.Current.TestState?.Result == TestResult.Failed;
            var kept = folders.SelectMany(folder => Settle(folder, failed)).Order(StringComparer.Ordinal).ToList();
            if (kept.Count > 0)
            {
                TestContext.Current.TestOutputHelper?.WriteLine("Kept for this failure (open a .zip with 'show-trace', see the README):\n  " + string.Join("\n  ", kept));
            }
        }
    }

    private static IReadOnlyList<string> Take(string testId) => Pending.TryRemove(testId, out var folders) ? [.. folders] : [];

    [GeneratedRegex(@"[^A-Za-z0-9_.\-]+")]
    private static partial Regex UnsafeInFileName();
}
