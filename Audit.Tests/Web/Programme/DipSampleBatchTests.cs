using System.Globalization;
using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Programme;

/// <summary>
/// A thematic dip sample over real form posts: started in a month's programme on a theme (every problem at once
/// first), its cases sampled or taken from the draw, proposed and confirmed like any case (a conflicting change
/// still refused), each audit recording its batch and its theme.
/// </summary>
public sealed class DipSampleBatchTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    /// <summary>Next month's programme, opened through its handler (the programme's own tests cover its form).</summary>
    internal static async Task<int> OpenNextMonthAsync(AuditAppFactory app, TestStaff lead, int monthsAhead = 1)
    {
        var month = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(monthsAhead);
        var first = new DateOnly(month.Year, month.Month, 1);
        var result = await app.InScopeAsync(sp => sp.GetRequiredService<OpenCycleHandler>()
            .HandleAsync(new OpenCycleCommand(first, first.AddMonths(1).AddDays(-1), []), lead.Id, new CommandResult()));
        Assert.True(result.Succeeded, string.Join("; ", result.Outcome.Errors.Select(e => e.Value)));
        return result.Value!.Id;
    }

    /// <summary>A second theme published, so the shipped "voice of the child" version is no longer the current one.</summary>
    internal static Task<int> PublishAnotherThemeAsync(AuditAppFactory app) => app.DbAsync(async db =>
    {
        var shipped = await db.AuditToolVersions.SingleAsync(v => v.Id == 4);
        shipped.Status = ToolVersionStatus.Retired;
        var next = new AuditToolVersion
        {
            AuditToolId = shipped.AuditToolId, Number = 2, Status = ToolVersionStatus.Published, Notes = "Theme: management oversight",
            Scale = GradeScale.Ofsted, CreatedAt = DateTimeOffset.UtcNow, PublishedAt = DateTimeOffset.UtcNow,
            Sections = [new ToolSection { Position = 1, Title = "Is supervision regular and reflective?" }],
        };
        db.AuditToolVersions.Add(next);
        await db.SaveChangesAsync();
        return next.Id;
    });

    [Fact]
    public async Task QaLead_StartsADipSample_BySampling_ProposesAndConfirms_AndEveryAuditRecordsTheBatchAndItsTheme()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        for (var i = 1; i <= 3; i++)
        {
            await scenario.AddCaseAsync($"LCS-20000{i}");
        }

        using var lead = await SignedInAsync(app, scenario.QaLead);
        var cycleId = await OpenNextMonthAsync(app, scenario.QaLead);
        await PublishAnotherThemeAsync(app);
        var area = await app.DbAsync(db => db.Teams.Where(t => t.Id == scenario.TeamId).Select(t => t.ServiceAreaId).SingleAsync());
        var cyclePage = await lead.GetPageAsync($"/admin/programme/{cycleId}");
        var start = await lead.GetPageAsync(cyclePage.QuerySelector("a[href$='/dip-samples/new']")!.GetAttribute("href")!);

        var (_, refused) = await lead.SubmitAsync(start, new Dictionary<string, string> { ["Input.Cases"] = nameof(DipSampleCases.Sample), ["Input.Count"] = "many" });
        Assert.Equal(["Select a theme", "Select a service area", "Select a type of case", "Enter how many cases to draw, from 1 to 500"], refused.ErrorSummary());
        Assert.Equal(0, await app.DbAsync(db => db.DipSampleBatches.CountAsync()));
        Assert.Equal(0, await app.DbAsync(db => db.CycleDraws.CountAsync()));

        var (_, started) = await lead.SubmitAsync(start, new Dictionary<string, string>
        {
            ["Input.ToolVersionId"] = "4", ["Input.Name"] = string.Empty, ["Input.Cases"] = nameof(DipSampleCases.Sample),
            ["Input.ServiceAreaId"] = area.ToString(CultureInfo.InvariantCulture), ["Input.CaseType"] = nameof(CaseType.ChildInNeed),
            ["Input.Count"] = "2", ["Input.ExcludedMonths"] = "12", ["Input.Seed"] = "4242",
        });
        var name = $"The voice of the child, {AuditCycle.NameOf(new DateOnly(DateTime.UtcNow.AddMonths(1).Year, DateTime.UtcNow.AddMonths(1).Month, 1))}";
        Assert.Equal($"Thematic dip sample “{name}” started: propose auditors for its cases below", started.SuccessBanner());
        var batch = await app.DbAsync(db => db.DipSampleBatches.AsNoTracking().SingleAsync());
        Assert.Equal((cycleId, 4, name, scenario.QaLead.Id), (batch.AuditCycleId, batch.ToolVersionId, batch.Name, batch.CreatedById));
        var lines = await app.DbAsync(db => db.CycleCases.AsNoTracking().Where(c => c.AuditCycleId == cycleId).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal((batch.Id, ToolKind.DipSample), (l.DipSampleBatchId, l.ToolKind)));
        Assert.Contains(name, started.QuerySelector("#dip-samples")!.TextContent, StringComparison.Ordinal);

        var (_, proposed) = await lead.SubmitAsync(started, new Dictionary<string, string>(), "form[action$='handler=Propose']");
        Assert.Equal("Auditors proposed: review the proposal below", proposed.SuccessBanner());
        lines = await app.DbAsync(db => db.CycleCases.AsNoTracking().Where(c => c.AuditCycleId == cycleId).OrderBy(c => c.Id).ToListAsync());
        Assert.All(lines, l => Assert.NotNull(l.ProposedAuditorId));
        var line = await lead.GetPageAsync($"/admin/programme/cases/{lines[0].Id}");
        var (_, conflict) = await lead.SubmitAsync(line, new Dictionary<string, string> { ["Input.AuditorId"] = scenario.TeamManager.Id });
        Assert.Equal(["Toni Manager manages the practitioner's team, so cannot audit this case"], conflict.ErrorSummary());
        var (_, inTeam) = await lead.SubmitAsync(line, new Dictionary<string, string> { ["Input.AuditorId"] = scenario.OtherPractitioner.Id });
        Assert.Equal(["Jo Colleague works in the same team as the practitioner, so cannot audit this case"], inTeam.ErrorSummary());
        Assert.Equal(lines[0].ProposedAuditorId, await app.DbAsync(db => db.CycleCases.Where(c => c.Id == lines[0].Id).Select(c => c.ProposedAuditorId).SingleAsync()));

        var (_, confirmed) = await lead.SubmitAsync(await lead.GetPageAsync($"/admin/programme/{cycleId}"), new Dictionary<string, string>(), "form[action$='handler=Confirm']");
        Assert.Equal("2 audits allocated; each auditor has been sent one email listing theirs", confirmed.SuccessBanner());
        var audits = await app.DbAsync(db => db.CaseAudits.AsNoTracking().Where(a => a.AuditCycleId == cycleId).ToListAsync());
        Assert.Equal(2, audits.Count);
        // The batch's theme, not the dip-sample version published since.
        Assert.All(audits, a => Assert.Equal((batch.Id, 4, ToolKind.DipSample), (a.DipSampleBatchId, a.ToolVersionId, a.ToolKind)));
        var digests = await app.DbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Kind == "programme-digest").ToListAsync());
        Assert.NotEmpty(digests);
        Assert.All(digests, d => Assert.Contains("– thematic dip sample", d.TextBody, StringComparison.Ordinal));
        Assert.All(digests, d => Assert.DoesNotContain("LCS-", d.TextBody + d.HtmlBody + d.Subject, StringComparison.Ordinal));

        var report = await lead.GetPageAsync($"/reports/dip-samples/{batch.Id}");
        Assert.Equal("Of 2 cases sampled on the voice of the child, none has been completed yet.", report.QuerySelector("#batch-paragraph")!.TextContent.Trim());
        Assert.Equal(audits.Select(a => $"AUD-{a.Id:D6}").Order(), report.QuerySelectorAll("#batch-audits tbody th").Select(th => th.TextContent.Trim()).Order());
    }

    [Fact]
    public async Task QaLead_StartsADipSample_FromTheCasesDrawnForIt_AndWithNoneDrawn_IsToldToSample()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.AddCaseAsync("LCS-300001");
        await scenario.AddCaseAsync("LCS-300002");
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var cycleId = await OpenNextMonthAsync(app, scenario.QaLead, monthsAhead: 2);
        var start = await lead.GetPageAsync($"/admin/programme/{cycleId}/dip-samples/new");

        var (_, none) = await lead.SubmitAsync(start, new Dictionary<string, string> { ["Input.ToolVersionId"] = "4", ["Input.Cases"] = nameof(DipSampleCases.FromDraw) });
        Assert.Equal(["No thematic dip sample cases are waiting in this programme: sample cases for the batch instead"], none.ErrorSummary());

        var area = await app.DbAsync(db => db.Teams.Where(t => t.Id == scenario.TeamId).Select(t => t.ServiceAreaId).SingleAsync());
        var (_, drawn) = await lead.SubmitAsync(await lead.GetPageAsync($"/admin/programme/{cycleId}"), new Dictionary<string, string>
        {
            ["Input.ServiceAreaId"] = area.ToString(CultureInfo.InvariantCulture), ["Input.CaseType"] = nameof(CaseType.ChildInNeed),
            ["Input.Tool"] = nameof(ToolKind.DipSample), ["Input.Count"] = "2", ["Input.ExcludedMonths"] = "12",
        }, "#draw-form");
        Assert.Equal(2, await app.DbAsync(db => db.CycleCases.CountAsync(c => c.AuditCycleId == cycleId && c.DipSampleBatchId == null)));
        start = await lead.GetPageAsync($"/admin/programme/{cycleId}/dip-samples/new");
        Assert.Contains("The 2 thematic dip sample cases already drawn into this programme", start.QuerySelector("#dip-sample-form")!.TextContent, StringComparison.Ordinal);

        var (_, started) = await lead.SubmitAsync(start, new Dictionary<string, string>
        {
            ["Input.ToolVersionId"] = "4", ["Input.Name"] = "Voice of the child – Front Door", ["Input.Cases"] = nameof(DipSampleCases.FromDraw),
        });

        Assert.Equal("Thematic dip sample “Voice of the child – Front Door” started: propose auditors for its cases below", started.SuccessBanner());
        var batchId = await app.DbAsync(db => db.DipSampleBatches.Select(b => b.Id).SingleAsync());
        Assert.Equal(2, await app.DbAsync(db => db.CycleCases.CountAsync(c => c.AuditCycleId == cycleId && c.DipSampleBatchId == batchId)));
    }
}
