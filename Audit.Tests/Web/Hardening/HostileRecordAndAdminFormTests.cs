using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Tools;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Hardening;

/// <summary>
/// The same property as <see cref="HostileFormPropertyTests"/> over the forms it does not reach: the auditor's
/// section pages, moderation, the organisation and the audit tools. Every field the page offers is filled with a
/// hostile value (and now and then a hidden field is tampered with); the answer is never a 500, and a page that
/// answers with an error summary has saved nothing.
/// </summary>
public sealed class HostileRecordAndAdminFormTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    private const int Seed = 20261203;
    private const int Runs = 8;

    private readonly Random random = new(Seed);

    private string Hostile() => HostileValues.Next(random);

    /// <summary>A hostile value for every field the form shows, and sometimes for one of its hidden fields.</summary>
    private Dictionary<string, string> HostileFields(IHtmlDocument page, string formSelector = "main form")
    {
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on '{page.H1()}'");
        var names = form.QuerySelectorAll("input:not([type=hidden]):not([type=submit]), textarea, select")
            .Select(e => e.GetAttribute("name")).OfType<string>().Distinct().ToList();
        var values = names.ToDictionary(n => n, _ => Hostile());
        var hidden = form.QuerySelectorAll("input[type=hidden]").Select(e => e.GetAttribute("name")).OfType<string>()
            .Where(n => n != "__RequestVerificationToken").ToList();
        if (hidden.Count > 0 && random.Next(4) == 0)
        {
            values[hidden[random.Next(hidden.Count)]] = Hostile();
        }

        return values;
    }

    private async Task PropertyAsync(AppClient client, string form, string url, Func<AuditDbContext, Task<string>> snapshot,
        Action<Dictionary<string, string>>? adjust = null, string formSelector = "main form")
    {
        for (var run = 0; run < Runs; run++)
        {
            var page = await client.GetPageAsync(url);
            if (page.QuerySelector(formSelector) is null)
            {
                // An earlier run was accepted and the stage moved on (moderation decided): nothing left to post.
                Assert.True(run > 0, $"{form} offers no form");
                return;
            }

            var values = HostileFields(page, formSelector);
            adjust?.Invoke(values);
            var before = await app.DbAsync(snapshot);

            var (response, answer) = await client.SubmitAsync(page, values, formSelector);

            Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"{form} answered 500 on run {run} of seed {Seed}");
            Assert.DoesNotContain("Exception", answer.Text(), StringComparison.Ordinal);
            if (answer.ErrorSummary().Count > 0 || response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict)
            {
                Assert.True(before == await app.DbAsync(snapshot), $"{form} saved a refused post on run {run} of seed {Seed}");
            }
        }
    }

    private static string Versions<T>(IEnumerable<T> rows, Func<T, object?> key) =>
        string.Join(",", rows.Select(r => Convert.ToString(key(r), CultureInfo.InvariantCulture)));

    [Fact]
    public async Task SectionPages_WithHostileValues_NeverGiveA500_AndARefusalSavesNothing()
    {
        var scenario = await AuditScenario.CreateAsync(app, caseReference: $"LCS-{Guid.NewGuid():N}"[..12]);
        await scenario.StartAsync();
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        var taskList = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record");
        var sections = taskList.QuerySelectorAll(".govuk-task-list__link").Select(a => a.GetAttribute("href")!)
            .Where(h => h.Contains("/record/sections/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sections);

        foreach (var section in sections.Take(3))
        {
            await PropertyAsync(auditor, "Section", section,
                async db => Versions(await db.SectionResponses.AsNoTracking().Where(r => r.CaseAuditId == scenario.AuditId).OrderBy(r => r.Id)
                    .Select(r => new { r.Id, r.Version, r.Evidence }).ToListAsync(), r => $"{r.Id}:{r.Version}:{r.Evidence}"),
                values => values["Mode"] = random.Next(2) == 0 ? "Complete" : Hostile());
        }
    }

    [Fact]
    public async Task Moderation_WithHostileValues_NeverGivesA500_AndARefusalSavesNothing()
    {
        var scenario = await AuditScenario.CreateAsync(app, caseReference: $"LCS-{Guid.NewGuid():N}"[..12]);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        using var moderator = await SignedInAsync(app, scenario.Moderator);

        await PropertyAsync(moderator, "Moderate", $"/audits/{scenario.AuditId}/moderate", async db =>
        {
            var audit = await db.CaseAudits.AsNoTracking().SingleAsync(a => a.Id == scenario.AuditId);
            var changes = await db.GradeChanges.CountAsync(g => g.CaseAuditId == scenario.AuditId);
            var notes = await db.SectionModerationNotes.CountAsync();
            return $"{audit.Version}:{audit.State}:{changes}:{notes}";
        });
    }

    [Fact]
    public async Task OrganisationPages_WithHostileValues_NeverGiveA500_AndARefusalSavesNothing()
    {
        var scenario = await AuditScenario.CreateAsync(app, caseReference: $"LCS-{Guid.NewGuid():N}"[..12]);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        async Task<string> Organisation(AuditDbContext db) =>
            Versions(await db.Directorates.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Id, d.Version }).ToListAsync(), d => $"{d.Id}:{d.Version}")
            + "|" + Versions(await db.ServiceAreas.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.Version }).ToListAsync(), s => $"{s.Id}:{s.Version}")
            + "|" + Versions(await db.Teams.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Id, t.Version }).ToListAsync(), t => $"{t.Id}:{t.Version}");

        foreach (var url in new[]
                 {
                     "/admin/organisation/directorates/add", "/admin/organisation/service-areas/add", "/admin/organisation/teams/add",
                     $"/admin/organisation/teams/{scenario.TeamId}/edit",
                 })
        {
            await PropertyAsync(lead, url, url, Organisation);
        }
    }

    [Fact]
    public async Task ToolDraftPages_WithHostileValues_NeverGiveA500_AndARefusalSavesNothing()
    {
        var scenario = await AuditScenario.CreateAsync(app, caseReference: $"LCS-{Guid.NewGuid():N}"[..12]);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var draftId = await app.InScopeAsync(async sp =>
        {
            var existing = await sp.GetRequiredService<AuditDbContext>().AuditToolVersions
                .Where(v => v.AuditToolId == ShippedAuditTools.DeepDiveToolId && v.Status == ToolVersionStatus.Draft).Select(v => (int?)v.Id).FirstOrDefaultAsync();
            return existing ?? (await sp.GetRequiredService<AuditToolService>().CreateDraftAsync(ShippedAuditTools.DeepDiveToolId, GradeScale.Ofsted, scenario.QaLead.Id)).Value;
        });
        var sectionId = await app.DbAsync(db => db.ToolSections.Where(s => s.AuditToolVersionId == draftId).OrderBy(s => s.Position).Select(s => s.Id).FirstAsync());
        async Task<string> Draft(AuditDbContext db)
        {
            var version = await db.AuditToolVersions.AsNoTracking().SingleAsync(v => v.Id == draftId);
            var sections = await db.ToolSections.AsNoTracking().Where(s => s.AuditToolVersionId == draftId).OrderBy(s => s.Id)
                .Select(s => new { s.Id, s.Position, s.Title, s.Guidance, s.IsGraded }).ToListAsync();
            return $"{version.Version}:{version.Notes}|" + Versions(sections, s => $"{s.Id}:{s.Position}:{s.Title}:{s.Guidance}:{s.IsGraded}");
        }

        foreach (var url in new[]
                 {
                     $"/admin/tools/versions/{draftId}/notes", $"/admin/tools/versions/{draftId}/sections/add",
                     $"/admin/tools/versions/{draftId}/sections/{sectionId}/edit",
                 })
        {
            await PropertyAsync(lead, url, url, Draft);
        }
    }
}
