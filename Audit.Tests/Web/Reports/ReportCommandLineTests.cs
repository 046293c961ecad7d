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
