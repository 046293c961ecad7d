using System.Text.Json;
using Audit.Tests.Infrastructure;
using Audit.Web.Infrastructure;

namespace Audit.Tests.Web.Reports;

/// <summary><c>report --from --to [--format]</c> prints the period report from the configured database.</summary>
public sealed class ReportCommandLineTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Text_StartsWithTheCommitteeParagraph()
    {
        await ReportPagesTests.SeedAsync(app);
        using var output = new StringWriter();

        var exitCode = await CommandLine.ReportAsync(app.Services, ["--from", "2026-02-01", "--to", "2026-02-28"], output, TextWriter.Null);

        Assert.Equal(0, exitCode);
        var lines = output.ToString().Split(Environment.NewLine);
        Assert.Equal("10 deep dive audits were completed in February 2026: 30% (3) were graded inadequate, 30% (3) requires improvement to be good and 40% (4) good.", lines[0]);
        Assert.Equal("No audits are allocated in March 2026.", lines[2]);
        Assert.Contains("Planning and review\t4\t1\t25\t3\t75\t0\t0\t0\t0", lines);
    }

    [Fact]
    public async Task Json_HoldsTheCountsByGrade()
    {
        await ReportPagesTests.SeedAsync(app);
        using var output = new StringWriter();

        var exitCode = await CommandLine.ReportAsync(app.Services, ["--from", "2026-02-01", "--to", "2026-02-28", "--format", "json"], output, TextWriter.Null);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output.ToString());
        var kind = json.RootElement.GetProperty("kinds")[0];
        Assert.Equal("deep dive audits", kind.GetProperty("kind").GetString());
        Assert.Equal(10, kind.GetProperty("total").GetInt32());
        Assert.Equal(["Inadequate:3:30", "RequiresImprovement:3:30", "Good:4:40"],
            kind.GetProperty("grades").EnumerateArray().Select(g => $"{g.GetProperty("grade").GetString()}:{g.GetProperty("count").GetInt32()}:{g.GetProperty("percent").GetInt32()}"));
    }

    [Fact]
    public async Task Json_HoldsTheDipSamplesWithAnAuditCompletedInThePeriod()
    {
        var (s, batchId) = await DipSampleReportTests.SeedAsync(app);
        var otherBatchId = await DipSampleReportTests.AddOtherServiceAreaBatchAsync(app, s);
        using var output = new StringWriter();

        var exitCode = await CommandLine.ReportAsync(app.Services, ["--from", "2026-03-01", "--to", "2026-03-31", "--format", "json"], output, TextWriter.Null);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output.ToString());
        var batches = json.RootElement.GetProperty("dipSamples").EnumerateArray().ToList();
        Assert.Equal([(batchId, "Voice of the child, March 2026", "the voice of the child", "March 2026", 4, 3), (otherBatchId, "Court team voice of the child", "the voice of the child", "March 2026", 2, 1)],
            batches.Select(b => (b.GetProperty("id").GetInt32(), b.GetProperty("name").GetString(), b.GetProperty("theme").GetString(), b.GetProperty("cycle").GetString(),
                b.GetProperty("audits").GetInt32(), b.GetProperty("completed").GetInt32())));
        Assert.Equal("Of 4 cases sampled on the voice of the child, 3 were completed: 33% (1) were graded inadequate and 67% (2) requires improvement to be good.",
            batches[0].GetProperty("paragraph").GetString());
        Assert.Equal(["Inadequate:1", "RequiresImprovement:2"], batches[0].GetProperty("grades").EnumerateArray().Select(g => $"{g.GetProperty("grade").GetString()}:{g.GetProperty("count").GetInt32()}"));
        Assert.DoesNotContain("LCS-", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_ListsTheDipSamples_AfterTheOtherTables_AndNoneInAPeriodWithout()
    {
        var (_, batchId) = await DipSampleReportTests.SeedAsync(app);
        using var march = new StringWriter();
        using var april = new StringWriter();

        await CommandLine.ReportAsync(app.Services, ["--from", "2026-03-01", "--to", "2026-03-31"], march, TextWriter.Null);
        await CommandLine.ReportAsync(app.Services, ["--from", "2026-04-01", "--to", "2026-04-30"], april, TextWriter.Null);

        var lines = march.ToString().Split(Environment.NewLine);
        var summary = Array.IndexOf(lines, "Thematic dip samples");
        Assert.True(summary > 0);
        Assert.Equal("Batch\tName\tTheme\tProgramme\tAudits\tCompleted\tSummary", lines[summary + 1]);
        Assert.StartsWith($"{batchId}\tVoice of the child, March 2026\tthe voice of the child\tMarch 2026\t4\t3\tOf 4 cases sampled", lines[summary + 2], StringComparison.Ordinal);
        Assert.Contains($"Dip sample {batchId} by question", lines);
        Assert.DoesNotContain("Thematic dip samples", april.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_ListsEveryProblem_WithExitCode2()
    {
        using var errors = new StringWriter();

        var exitCode = await CommandLine.ReportAsync(app.Services, ["--from", "2026-02-30", "--format", "pdf"], TextWriter.Null, errors);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            [
                "--from must be a real date written YYYY-MM-DD, like 2024-05-01",
                "--to is required",
                "--format must be text, csv or json",
                "Usage: report --from YYYY-MM-DD --to YYYY-MM-DD [--format text|csv|json]",
            ],
            errors.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
