using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Tools;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Workflows.Tools;

public sealed class AuditToolServiceTests : IAsyncLifetime
{
    private const string ActorId = "qa-lead-in-a-service-test";
    private static readonly SectionDetails NewSection = new("Family network", "Who supports the family?\nAre they part of the plan?", true, true, false);
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task List_ShowsTheFiveShippedTools_EachPublishedAtVersionOne()
    {
        var tools = await ToolsAsync(s => s.ListAsync());

        Assert.Equal(["Deep dive case audit", "Fostering household audit", "Supervision audit", "Thematic dip sample", "Practice observation"], tools.Select(t => t.Name));
        Assert.All(tools, t =>
        {
            var version = Assert.Single(t.Versions);
            Assert.Equal((1, ToolVersionStatus.Published, 0), (version.Number, version.Status, version.AuditCount));
            Assert.NotNull(version.PublishedAt);
        });
    }

    [Fact]
    public async Task DeepDiveTool_HasTheSectionsOfTheDeepDiveAudit()
    {
        var version = await ToolsAsync(s => s.FindVersionAsync(ShippedAuditTools.DeepDiveVersionId));

        Assert.Equal(
            ["Case summary", "The voice and lived experience of the child", "Assessment and analysis", "Planning and review",
             "Safety planning and the response to risk", "Multi-agency working", "Management oversight and supervision",
             "Drift and delay", "Recording", "Impact"],
            version!.Sections.Select(s => s.Title));
        Assert.Equal(Enumerable.Range(1, 10), version.Sections.Select(s => s.Position));
        Assert.False(version.Sections[0].IsGraded);
    }

    [Fact]
    public async Task CreateDraft_CopiesTheLatestVersionsSections_AsTheNextNumber()
    {
        var draft = await DeepDiveDraftAsync();

        var original = await ToolsAsync(s => s.FindVersionAsync(ShippedAuditTools.DeepDiveVersionId));
        Assert.Equal((2, ToolVersionStatus.Draft), (draft.Number, draft.Status));
        Assert.Equal(original!.Sections.Select(Content), draft.Sections.Select(Content));
        Assert.Empty(draft.Sections.Select(s => s.Id).Intersect(original.Sections.Select(s => s.Id)));
    }

    [Fact]
    public async Task CreateDraft_WhenTheToolAlreadyHasADraft_IsRefused()
    {
        await DeepDiveDraftAsync();

        var second = await ToolsAsync(s => s.CreateDraftAsync(ShippedAuditTools.DeepDiveToolId, GradeScale.Ofsted, ActorId));

        Assert.False(second.Succeeded);
        Assert.Equal("There is already a draft of this tool", second.Outcome.Errors.Single().Value);
    }

    [Theory]
    [InlineData("notes")]
    [InlineData("add")]
    [InlineData("edit")]
    [InlineData("remove")]
    [InlineData("move")]
    [InlineData("publish")]
    [InlineData("discard")]
    public async Task EveryEditCommand_OnAPublishedVersion_IsRefused_AndChangesNothing(string command)
    {
        var before = await ToolsAsync(s => s.FindVersionAsync(ShippedAuditTools.DeepDiveVersionId));
        var sectionId = before!.Sections[1].Id;

        var result = await ToolsAsync(s => command switch
        {
            "notes" => s.UpdateNotesAsync(before.Id, before.Version, "Changed"),
            "add" => s.AddSectionAsync(before.Id, before.Version, NewSection),
            "edit" => s.EditSectionAsync(before.Id, before.Version, sectionId, NewSection),
            "remove" => s.RemoveSectionAsync(before.Id, before.Version, sectionId),
            "move" => s.MoveSectionAsync(before.Id, before.Version, sectionId, SectionMove.Down),
            "publish" => s.PublishAsync(before.Id, before.Version, ActorId),
            _ => s.DiscardAsync(before.Id, before.Version),
        });

        Assert.Equal(["Published versions cannot be changed. Create a new draft instead."], result.Errors.Select(e => e.Value));
        var after = await ToolsAsync(s => s.FindVersionAsync(ShippedAuditTools.DeepDiveVersionId));
        Assert.Equal(before.Sections, after!.Sections);
        Assert.Equal((before.Notes, before.Version, before.PublishedAt, before.Status), (after.Notes, after.Version, after.PublishedAt, after.Status));
    }

    [Fact]
    public async Task AddSection_AddsItAtTheEnd_WithOnePromptPerLine()
    {
        var draft = await DeepDiveDraftAsync();

        await Expect(ToolsAsync(s => s.AddSectionAsync(draft.Id, draft.Version, NewSection with { Guidance = "  Who supports the family?\r\n\r\n Are they part of the plan? " })));

        var added = (await ToolsAsync(s => s.FindVersionAsync(draft.Id)))!.Sections[^1];
        Assert.Equal((11, "Family network"), (added.Position, added.Title));
        Assert.Equal(["Who supports the family?", "Are they part of the plan?"], added.Prompts);
    }

    [Fact]
    public async Task AddSection_WithNothingChosen_ExplainsEachProblem()
    {
        var draft = await DeepDiveDraftAsync();

        var result = await ToolsAsync(s => s.AddSectionAsync(draft.Id, draft.Version, new SectionDetails(" ", null, null, null, null)));

        Assert.Equal(
            [("Title", "Enter a title for the section"), ("IsGraded", "Select yes if the section is graded"),
             ("EvidenceRequired", "Select yes if the auditor must write evidence"), ("AllowNotApplicable", "Select yes if the auditor can answer not applicable")],
            result.Errors.Select(e => (e.Key, e.Value)));
    }

    [Fact]
    public async Task AddSection_WithTooLongATitleOrGuidance_SaysHowLongTheyCanBe()
    {
        var draft = await DeepDiveDraftAsync();

        var result = await ToolsAsync(s => s.AddSectionAsync(draft.Id, draft.Version, NewSection with { Title = new string('t', 201), Guidance = new string('g', 1001) }));

        Assert.Equal(["Title must be 200 characters or fewer", "Guidance prompts must be 1000 characters or fewer"], result.Errors.Select(e => e.Value));
        Assert.Equal(10, (await ToolsAsync(s => s.FindVersionAsync(draft.Id)))!.Sections.Count);
    }

    [Fact]
    public async Task MoveAndRemove_KeepTheSectionsNumberedInOrder()
    {
        var draft = await DeepDiveDraftAsync();
        var (first, second, last) = (draft.Sections[0], draft.Sections[1], draft.Sections[^1]);

        await Expect(ToolsAsync(s => s.MoveSectionAsync(draft.Id, draft.Version, second.Id, SectionMove.Up)));
        await Expect(ToolsAsync(async s => await s.RemoveSectionAsync(draft.Id, (await s.FindVersionAsync(draft.Id))!.Version, first.Id)));
        await Expect(ToolsAsync(async s => await s.MoveSectionAsync(draft.Id, (await s.FindVersionAsync(draft.Id))!.Version, last.Id, SectionMove.Down)));

        var sections = (await ToolsAsync(s => s.FindVersionAsync(draft.Id)))!.Sections;
        Assert.Equal(Enumerable.Range(1, 9), sections.Select(s => s.Position));
        Assert.Equal(second.Title, sections[0].Title);
        Assert.DoesNotContain(sections, s => s.Id == first.Id);
        Assert.Equal(last.Title, sections[^1].Title);
    }

    [Fact]
    public async Task EditingADraft_WithAStaleVersion_IsAConflict_AndChangesNothing()
    {
        var draft = await DeepDiveDraftAsync();
        await Expect(ToolsAsync(s => s.UpdateNotesAsync(draft.Id, draft.Version, "First person's notes")));

        var stale = await ToolsAsync(s => s.EditSectionAsync(draft.Id, draft.Version, draft.Sections[0].Id, NewSection));

        Assert.True(stale.IsConcurrencyConflict);
        Assert.Equal(["This draft was changed by someone else — review and try again"], stale.Errors.Select(e => e.Value));
        var after = (await ToolsAsync(s => s.FindVersionAsync(draft.Id)))!;
        Assert.Equal(("First person's notes", "Case summary"), (after.Notes, after.Sections[0].Title));
    }

    [Fact]
    public async Task TwoPeopleEditingTheSameDraftAtOnce_OneWins_TheOtherIsToldOfTheConflict()
    {
        var draft = await DeepDiveDraftAsync();
        using var start = new ManualResetEventSlim(false);

        Task<CommandResult> Edit(string notes) => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<AuditToolService>();
            start.Wait();
            return await service.UpdateNotesAsync(draft.Id, draft.Version, notes);
        });

        var edits = new[] { Edit("One"), Edit("Two") };
        start.Set();
        var results = await Task.WhenAll(edits);

        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.IsConcurrencyConflict);
        Assert.Equal(draft.Version + 1, (await ToolsAsync(s => s.FindVersionAsync(draft.Id)))!.Version);
    }

    [Fact]
    public async Task Publish_WithoutSections_IsRefused()
    {
        var draft = await DeepDiveDraftAsync();
        foreach (var section in draft.Sections)
        {
            await Expect(ToolsAsync(async s => await s.RemoveSectionAsync(draft.Id, (await s.FindVersionAsync(draft.Id))!.Version, section.Id)));
        }

        var result = await ToolsAsync(async s => await s.PublishAsync(draft.Id, (await s.FindVersionAsync(draft.Id))!.Version, ActorId));

        Assert.Equal(["Add at least one section before publishing"], result.Errors.Select(e => e.Value));
        Assert.Equal(ToolVersionStatus.Draft, (await ToolsAsync(s => s.FindVersionAsync(draft.Id)))!.Status);
    }

    [Fact]
    public async Task Publish_RecordsWhoAndWhen_AndRetiresTheVersionItReplaces()
    {
        var lead = await TestData.AQaLead().Named("Pat Publisher").CreateAsync(app);
        var draft = await DeepDiveDraftAsync();

        await Expect(ToolsAsync(s => s.PublishAsync(draft.Id, draft.Version, lead.Id)));

        var published = (await ToolsAsync(s => s.FindVersionAsync(draft.Id)))!;
        Assert.Equal((2, ToolVersionStatus.Published, "Pat Publisher"), (published.Number, published.Status, published.PublishedByName));
        Assert.NotNull(published.PublishedAt);
        var tool = (await ToolsAsync(s => s.FindToolAsync(ShippedAuditTools.DeepDiveToolId)))!;
        Assert.Equal([(2, ToolVersionStatus.Published), (1, ToolVersionStatus.Retired)], tool.Versions.Select(v => (v.Number, v.Status)));
        Assert.Equal(draft.Id, tool.Current!.Id);
    }

    [Fact]
    public async Task PublishingANewVersion_LeavesExistingAuditsOnTheirVersion_AndNewAuditsGetTheNewOne()
    {
        var existing = await AuditScenario.CreateAsync(app);
        var sectionsBefore = await SectionsOfAuditAsync(existing.AuditId);
        var draft = await DeepDiveDraftAsync();
        await Expect(ToolsAsync(s => s.EditSectionAsync(draft.Id, draft.Version, draft.Sections[1].Id, NewSection with { Title = "The child's voice" })));
        await Expect(ToolsAsync(async s => await s.PublishAsync(draft.Id, (await s.FindVersionAsync(draft.Id))!.Version, ActorId)));

        var later = await AuditScenario.CreateAsync(app);

        Assert.Equal(ShippedAuditTools.DeepDiveVersionId, (await existing.AuditAsync()).ToolVersionId);
        Assert.Equal(sectionsBefore, await SectionsOfAuditAsync(existing.AuditId));
        Assert.Equal(draft.Id, (await later.AuditAsync()).ToolVersionId);
        Assert.Equal("The child's voice", (await SectionsOfAuditAsync(later.AuditId))[1]);
        var versions = (await ToolsAsync(s => s.FindToolAsync(ShippedAuditTools.DeepDiveToolId)))!.Versions;
        Assert.Equal([1, 1], versions.Select(v => v.AuditCount));
    }

    [Fact]
    public async Task Discard_RemovesTheDraft_SoANewOneCanBeMade()
    {
        var draft = await DeepDiveDraftAsync();

        await Expect(ToolsAsync(s => s.DiscardAsync(draft.Id, draft.Version)));

        Assert.Null(await ToolsAsync(s => s.FindVersionAsync(draft.Id)));
        Assert.Equal(2, (await DeepDiveDraftAsync()).Number);
    }

    private async Task<ToolVersionDetails> DeepDiveDraftAsync()
    {
        var created = await ToolsAsync(s => s.CreateDraftAsync(ShippedAuditTools.DeepDiveToolId, GradeScale.Ofsted, ActorId));
        Assert.True(created.Succeeded, string.Join("; ", created.Outcome.Errors.Select(e => e.Value)));
        return (await ToolsAsync(s => s.FindVersionAsync(created.Value)))!;
    }

    private Task<List<string>> SectionsOfAuditAsync(int auditId) => app.DbAsync(db =>
        db.ToolSections.Where(s => s.AuditToolVersionId == db.CaseAudits.Single(a => a.Id == auditId).ToolVersionId)
            .OrderBy(s => s.Position).Select(s => s.Title).ToListAsync());

    private static object Content(ToolSectionView s) => (s.Position, s.Title, s.Guidance, s.IsGraded, s.EvidenceRequired, s.AllowNotApplicable);

    private Task<T> ToolsAsync<T>(Func<AuditToolService, Task<T>> action) =>
        app.InScopeAsync(sp => action(sp.GetRequiredService<AuditToolService>()));

    private static async Task Expect(Task<CommandResult> command)
    {
        var result = await command;
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Value)));
    }
}
