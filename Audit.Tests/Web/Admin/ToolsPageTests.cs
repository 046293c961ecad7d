using System.Net;
using AngleSharp.Html.Dom;
using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Tools;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Web.Admin;

public sealed class ToolsPageTests : IAsyncLifetime
{
    private const string Refusal = "Published versions cannot be changed. Create a new draft instead.";
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Index_ListsTheFiveShippedTools_EachAtPublishedVersionOne()
    {
        using var client = await SignedInQaLeadAsync();

        var page = await client.GetPageAsync("/admin/tools");

        Assert.Equal("Audit tools", page.H1());
        var rows = page.QuerySelectorAll("#tools tbody tr");
        Assert.Equal(["Deep dive case audit", "Fostering household audit", "Supervision audit", "Thematic dip sample", "Practice observation"],
            rows.Select(r => r.Children[0].TextContent.Trim()));
        Assert.All(rows, r =>
        {
            Assert.Equal("Version 1 Published", Squash(r.Children[1].TextContent));
            Assert.Contains("govuk-tag--green", r.Children[1].QuerySelector(".govuk-tag")?.ClassName, StringComparison.Ordinal);
            Assert.Equal("None", r.Children[3].TextContent.Trim());
        });
        Assert.Contains(page.QuerySelectorAll(".govuk-service-navigation__link"), a => a.TextContent.Trim() == "Audit tools" && a.GetAttribute("href") == "/admin/tools");
        Assert.Contains(page.QuerySelectorAll(".govuk-service-navigation__link"), a => a.TextContent.Trim() == "Administration" && a.GetAttribute("href") == "/admin");
    }

    [Fact]
    public async Task DeepDiveVersionOne_ShowsItsSectionsInOrder_WithNoWayToChangeThem()
    {
        using var client = await SignedInQaLeadAsync();

        var page = await client.GetPageAsync($"/admin/tools/versions/{ShippedAuditTools.DeepDiveVersionId}");

        Assert.Equal("Version 1 Published", Squash(page.H1()));
        var titles = page.QuerySelectorAll(".govuk-summary-card__title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(10, titles.Count);
        Assert.Equal("1. Case summary", titles[0]);
        Assert.Equal("10. Impact", titles[^1]);
        Assert.Empty(page.QuerySelectorAll("main form"));
        Assert.Empty(page.QuerySelectorAll(".govuk-summary-card__actions"));
        Assert.NotNull(page.QuerySelector("#read-only"));
    }

    [Fact]
    public async Task Draft_CreatedChangedAndPublished_ThroughTheForms()
    {
        using var client = await SignedInQaLeadAsync();
        var toolPage = await client.GetPageAsync($"/admin/tools/{ShippedAuditTools.DeepDiveToolId}");

        var (_, draft) = await client.SubmitAsync(toolPage, OfstedScale, "#create-draft");
        Assert.Equal("Version 2 Draft", Squash(draft.H1()));
        Assert.Contains("copy of version 1", draft.SuccessBanner(), StringComparison.Ordinal);
        var draftUrl = new Uri(draft.Url).AbsolutePath;

        var (_, afterNotes) = await client.SubmitAsync(await client.GetPageAsync(draftUrl + "/notes"),
            new Dictionary<string, string> { ["Input.Notes"] = "Adds the family network" });
        Assert.Equal("You changed the notes", afterNotes.SuccessBanner());
        Assert.Equal("Adds the family network", afterNotes.QuerySelector("[data-detail=notes]")?.TextContent.Trim());

        var (_, afterAdd) = await client.SubmitAsync(await client.GetPageAsync(draftUrl + "/sections/add"), new Dictionary<string, string>
        {
            ["Input.Title"] = "Family network",
            ["Input.Guidance"] = "Who supports the family?\r\nAre they part of the plan?",
            ["Input.IsGraded"] = "True",
            ["Input.EvidenceRequired"] = "True",
            ["Input.AllowNotApplicable"] = "True",
        });
        Assert.Equal("You added ‘Family network’", afterAdd.SuccessBanner());
        var added = afterAdd.QuerySelectorAll(".govuk-summary-card").Last();
        Assert.Equal("11. Family network", added.QuerySelector(".govuk-summary-card__title")?.TextContent.Trim());
        Assert.Equal(["Who supports the family?", "Are they part of the plan?"], added.QuerySelectorAll("li:not(.govuk-summary-card__action)").Select(li => li.TextContent.Trim()));

        var addedId = added.GetAttribute("data-section-id");
        var (_, afterMove) = await client.SubmitAsync(afterAdd, new Dictionary<string, string>(), $"#move-up-{addedId}");
        Assert.Equal("You moved ‘Family network’ up", afterMove.SuccessBanner());
        Assert.Equal("10. Family network", afterMove.QuerySelector($"[data-section-id='{addedId}'] .govuk-summary-card__title")?.TextContent.Trim());

        var caseSummaryId = afterMove.QuerySelector(".govuk-summary-card")!.GetAttribute("data-section-id");
        var (_, afterEdit) = await client.SubmitAsync(await client.GetPageAsync($"{draftUrl}/sections/{caseSummaryId}/edit"),
            Answers("Summary of the case"));
        Assert.Equal("You changed ‘Summary of the case’", afterEdit.SuccessBanner());

        var removePage = await client.GetPageAsync($"{draftUrl}/sections/{caseSummaryId}/remove");
        Assert.Equal("Are you sure you want to remove ‘Summary of the case’?", removePage.H1());
        var (_, afterRemove) = await client.SubmitAsync(removePage, new Dictionary<string, string>());
        Assert.Equal("You removed ‘Summary of the case’", afterRemove.SuccessBanner());
        Assert.Equal("1. The voice and lived experience of the child", afterRemove.QuerySelector(".govuk-summary-card__title")?.TextContent.Trim());

        var publishPage = await client.GetPageAsync(draftUrl + "/publish");
        Assert.Equal("Publish version 2 of Deep dive case audit?", publishPage.H1());
        Assert.Contains("Audits already started keep the version they started with.", publishPage.Text(), StringComparison.Ordinal);
        var (_, published) = await client.SubmitAsync(publishPage, new Dictionary<string, string>());

        Assert.Equal("You published version 2 of Deep dive case audit. New audits will use it.", published.SuccessBanner());
        Assert.Equal("Version 2 Published", Squash(published.H1()));
        var versions = (await client.GetPageAsync($"/admin/tools/{ShippedAuditTools.DeepDiveToolId}")).QuerySelectorAll("#versions tbody tr");
        Assert.Equal(["Version 2 Published", "Version 1 Retired"], versions.Select(r => Squash(r.Children[0].TextContent + " " + r.Children[1].TextContent)));
        Assert.Contains("govuk-tag--grey", versions[1].QuerySelector(".govuk-tag")?.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateDraft_WhenSomeoneElseJustMadeOne_ShowsTheRefusal()
    {
        using var client = await SignedInQaLeadAsync();
        var toolPage = await client.GetPageAsync($"/admin/tools/{ShippedAuditTools.DeepDiveToolId}");
        await app.InScopeAsync(sp => sp.GetRequiredService<AuditToolService>().CreateDraftAsync(ShippedAuditTools.DeepDiveToolId, GradeScale.Ofsted, "someone-else"));

        var (response, page) = await client.SubmitAsync(toolPage, OfstedScale, "#create-draft");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["There is already a draft of this tool"], page.ErrorSummary());
        Assert.NotNull(page.QuerySelector("#draft-in-progress"));
    }

    [Theory]
    [InlineData("/notes", "Input.Notes=Changed")]
    [InlineData("/sections/add", "Input.Title=New&Input.IsGraded=True&Input.EvidenceRequired=True&Input.AllowNotApplicable=False")]
    [InlineData("/sections/2/edit", "Input.Title=Changed&Input.IsGraded=True&Input.EvidenceRequired=True&Input.AllowNotApplicable=False")]
    [InlineData("/sections/2/remove", "")]
    [InlineData("/publish", "")]
    [InlineData("/discard", "")]
    [InlineData("?handler=Move", "sectionId=2&direction=Down")]
    public async Task PostingToAnEditAddressOfAPublishedVersion_ShowsTheRefusal_AndChangesNothing(string path, string fields)
    {
        using var client = await SignedInQaLeadAsync();
        var before = await VersionAsync(ShippedAuditTools.DeepDiveVersionId);

        var (response, page) = await PostWithTokenAsync(client, $"/admin/tools/versions/{ShippedAuditTools.DeepDiveVersionId}{path}",
            $"{fields}&RowVersion={before.Version}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Refusal], page.ErrorSummary());
        var after = await VersionAsync(ShippedAuditTools.DeepDiveVersionId);
        Assert.Equal(before.Sections, after.Sections);
        Assert.Equal((before.Notes, before.Status, before.Version), (after.Notes, after.Status, after.Version));
    }

    [Theory]
    [InlineData("/notes")]
    [InlineData("/sections/add")]
    [InlineData("/sections/2/edit")]
    [InlineData("/sections/2/remove")]
    [InlineData("/publish")]
    [InlineData("/discard")]
    public async Task EditPagesOfAPublishedVersion_ExplainWhyAndShowNoForm(string path)
    {
        using var client = await SignedInQaLeadAsync();

        var page = await client.GetPageAsync($"/admin/tools/versions/{ShippedAuditTools.DeepDiveVersionId}{path}");

        Assert.Equal([Refusal], page.ErrorSummary());
        Assert.Empty(page.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task EditFormOpenWhileTheDraftIsPublished_ShowsTheRefusalOnSubmit()
    {
        var draft = await DeepDiveDraftAsync();
        using var client = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync($"/admin/tools/versions/{draft.Id}/notes");
        await app.InScopeAsync(sp => sp.GetRequiredService<AuditToolService>().PublishAsync(draft.Id, draft.Version, "someone-else"));

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Notes"] = "Too late" });

        Assert.Equal([Refusal], page.ErrorSummary());
        Assert.Null((await VersionAsync(draft.Id)).Notes);
    }

    [Fact]
    public async Task AddSection_WithMissingAnswers_ShowsEachError_AndKeepsWhatWasTyped()
    {
        var draft = await DeepDiveDraftAsync();
        using var client = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync($"/admin/tools/versions/{draft.Id}/sections/add");

        var (response, page) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = new string('t', 201),
            ["Input.Guidance"] = "Is the plan clear?",
            ["Input.IsGraded"] = "False",
            ["Input.EvidenceRequired"] = string.Empty,
            ["Input.AllowNotApplicable"] = string.Empty,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Title must be 200 characters or fewer", "Select yes if the auditor must write evidence", "Select yes if the auditor can answer not applicable"],
            page.ErrorSummary());
        Assert.Equal("Title must be 200 characters or fewer", page.FieldError("Input_Title"));
        Assert.Equal(new string('t', 201), page.QuerySelector("#Input_Title")?.GetAttribute("value"));
        Assert.Equal("Is the plan clear?", page.QuerySelector("#Input_Guidance")?.TextContent);
        Assert.True(((IHtmlInputElement)page.QuerySelector("#Input_IsGraded-2")!).IsChecked);
        Assert.Equal(10, (await VersionAsync(draft.Id)).Sections.Count);
    }

    [Fact]
    public async Task EditSection_AfterSomeoneElseChangedTheDraft_ExplainsTheConflict_AndKeepsWhatWasTyped()
    {
        var draft = await DeepDiveDraftAsync();
        using var client = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync($"/admin/tools/versions/{draft.Id}/sections/{draft.Sections[0].Id}/edit");
        await app.InScopeAsync(sp => sp.GetRequiredService<AuditToolService>().UpdateNotesAsync(draft.Id, draft.Version, "Someone else's notes"));

        var (_, conflict) = await client.SubmitAsync(form, Answers("My new title"));

        Assert.Equal(["This draft was changed by someone else — review and try again"], conflict.ErrorSummary());
        Assert.Equal("My new title", conflict.QuerySelector("#Input_Title")?.GetAttribute("value"));
        Assert.Equal("Case summary", (await VersionAsync(draft.Id)).Sections[0].Title);

        var (_, retried) = await client.SubmitAsync(conflict, Answers("My new title"));
        Assert.Equal("You changed ‘My new title’", retried.SuccessBanner());
    }

    [Theory]
    [InlineData("/admin/tools/999")]
    [InlineData("/admin/tools/versions/999")]
    [InlineData("/admin/tools/versions/999/notes")]
    [InlineData("/admin/tools/versions/1/sections/999/edit")]
    [InlineData("/admin/tools/versions/1/sections/11/edit")]
    [InlineData("/admin/tools/versions/1/sections/11/remove")]
    [InlineData("/admin/tools/versions/abc")]
    public async Task UnknownToolsVersionsAndSections_AreNotFound(string url)
    {
        using var client = await SignedInQaLeadAsync();

        var (response, page) = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.H1());
    }

    [Theory]
    [InlineData("/admin/tools")]
    [InlineData("/admin/tools/1")]
    [InlineData("/admin/tools/versions/1")]
    [InlineData("/admin/tools/versions/1/sections/add")]
    [InlineData("/admin/themes")]
    public async Task ToolsAndThemes_ForAnAuditor_AreForbidden(string url)
    {
        var auditor = await TestData.AStaffMember().WithRoles(Roles.Auditor, Roles.TeamManager).CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(auditor);

        var (response, page) = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You do not have access to this page", page.H1());
        Assert.DoesNotContain(page.QuerySelectorAll(".govuk-service-navigation__link"), a => a.TextContent.Trim() == "Audit tools");
    }

    private async Task<AppClient> SignedInQaLeadAsync()
    {
        var lead = await TestData.AQaLead().CreateAsync(app);
        var client = AppClient.For(app);
        await client.SignInAsync(lead);
        return client;
    }

    private async Task<ToolVersionDetails> DeepDiveDraftAsync()
    {
        var created = await app.InScopeAsync(sp => sp.GetRequiredService<AuditToolService>().CreateDraftAsync(ShippedAuditTools.DeepDiveToolId, GradeScale.Ofsted, "qa-lead"));
        Assert.True(created.Succeeded);
        return await VersionAsync(created.Value);
    }

    private async Task<ToolVersionDetails> VersionAsync(int id) =>
        (await app.InScopeAsync(sp => sp.GetRequiredService<AuditToolService>().FindVersionAsync(id)))!;

    /// <summary>A hand-made post, as someone editing the address or replaying a request would send, with a valid antiforgery token.</summary>
    private static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> PostWithTokenAsync(AppClient client, string url, string fields)
    {
        var tokenPage = await client.GetPageAsync($"/admin/tools/{ShippedAuditTools.DeepDiveToolId}");
        var token = tokenPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var pairs = fields.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Split('=', 2))
            .Select(p => new KeyValuePair<string, string>(p[0], p[1])).Append(new("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(pairs);
        var response = await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
        return (response, await Html.ParseAsync(response));
    }

    private static readonly Dictionary<string, string> OfstedScale = new() { ["Input.Scale"] = nameof(GradeScale.Ofsted) };

    private static Dictionary<string, string> Answers(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.IsGraded"] = "False",
        ["Input.EvidenceRequired"] = "True",
        ["Input.AllowNotApplicable"] = "False",
    };

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
