using System.Globalization;
using System.Text.Json;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Web.Infrastructure;
using Audit.Workflows.Scale;
using Microsoft.EntityFrameworkCore;

namespace Audit.Tests.Web.Scale;

/// <summary><c>generate-audits [--count N]</c> adds synthetic audits that every report counts.</summary>
public sealed class GenerateAuditsCommandLineTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Generated_AuditsAreSynthetic_AndThePeriodReportCountsThem()
    {
        var s = await ReportScenario.CreateAsync(app);
        using var output = new StringWriter();

        var exitCode = await CommandLine.GenerateAuditsAsync(app.Services, isProduction: false, ["--count", "300"], output, TextWriter.Null);

        Assert.Equal(0, exitCode);
        Assert.Equal("Added 300 synthetic audits (case references SYN-…).", output.ToString().Trim());
        var audits = await app.DbAsync(db => db.CaseAudits.AsNoTracking().Include(a => a.CaseFile).Include(a => a.SectionResponses).ToListAsync());
        Assert.Equal(300, audits.Count);
        Assert.All(audits, a =>
        {
            Assert.StartsWith(SyntheticAuditGenerator.ReferencePrefix, a.CaseFile!.Reference, StringComparison.Ordinal);
            Assert.Equal(AuditState.Closed, a.State);
            Assert.Contains(a.AuditorId, new[] { s.Auditor.Id, s.OtherAuditor.Id });
            Assert.NotEmpty(a.SectionResponses);
        });
        Assert.True(audits.Select(a => a.FinalGrade).Distinct().Count() >= 3, "a realistic mix of grades");

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var report = new StringWriter();
        var from = today.AddMonths(-SyntheticAuditGenerator.Months - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(0, await CommandLine.ReportAsync(app.Services, ["--from", from, "--to", to, "--format", "json"], report, TextWriter.Null));
        using var json = JsonDocument.Parse(report.ToString());
        Assert.Equal(300, json.RootElement.GetProperty("kinds").EnumerateArray().Sum(k => k.GetProperty("total").GetInt32()));
    }

    [Fact]
    public async Task Production_IsRefused_AndNothingIsAdded()
    {
        await ReportScenario.CreateAsync(app);
        using var errors = new StringWriter();

        var exitCode = await CommandLine.GenerateAuditsAsync(app.Services, isProduction: true, ["--count", "5"], TextWriter.Null, errors);

        Assert.Equal(1, exitCode);
        Assert.Contains("never run in Production", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync(db => db.CaseAudits.CountAsync()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1000001")]
    [InlineData("lots")]
    public async Task OutOfBoundsCount_ExitsWith2(string count)
    {
        using var errors = new StringWriter();

        var exitCode = await CommandLine.GenerateAuditsAsync(app.Services, isProduction: false, ["--count", count], TextWriter.Null, errors);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("--count must be a whole number from 1 to 1,000,000", errors.ToString(), StringComparison.Ordinal);
    }
}
