using System.Net;
using AngleSharp.Html.Dom;
using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Tools;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Web.Admin;

/// <summary>The QA lead chooses the scale of a new draft version; published versions keep theirs.</summary>
public sealed class ToolScaleChoiceTests : IAsyncLifetime
{
    private const int SupervisionToolId = 3;
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Theory]
    [InlineData(ShippedAuditTools.DeepDiveToolId, "Ofsted")]
    [InlineData(SupervisionToolId, "MetNotMet")]
    public async Task ToolPage_OffersBothScales_WithTheToolsOwnChosen(int toolId, string expected)
    {
        using var client = await SignedInQaLeadAsync();

        var page = await client.GetPageAsync($"/admin/tools/{toolId}");

        var radios = page.QuerySelectorAll("#create-draft input[name='Input.Scale']").OfType<IHtmlInputElement>().ToList();
        Assert.Equal(["Ofsted", "MetNotMet"], radios.Select(r => r.Value));
        Assert.Equal(expected, Assert.Single(radios, r => r.IsChecked).Value);
        Assert.Equal("How are audits with the new version graded?", page.QuerySelector("#create-draft legend")?.TextContent.Trim());
    }

    [Fact]
    public async Task CreateDraft_ChoosingMetNotMet_GivesADraftJudgedMetOrNotMet_AndVersionOneKeepsItsScale()
    {
        using var client = await SignedInQaLeadAsync();
        var toolPage = await client.GetPageAsync($"/admin/tools/{ShippedAuditTools.DeepDiveToolId}");

        var (_, draft) = await client.SubmitAsync(toolPage, new Dictionary<string, string> { ["Input.Scale"] = "MetNotMet" }, "#create-draft");

        Assert.Equal("Met or not met against the standard", draft.QuerySelector("[data-detail=scale]")?.TextContent.Trim());
        var scales = await app.DbAsync(db => db.AuditToolVersions.Where(v => v.AuditToolId == ShippedAuditTools.DeepDiveToolId)
            .OrderBy(v => v.Number).Select(v => v.Scale).ToListAsync());
        Assert.Equal([GradeScale.Ofsted, GradeScale.MetNotMet], scales);
        var versionOne = await client.GetPageAsync($"/admin/tools/versions/{ShippedAuditTools.DeepDiveVersionId}");
        Assert.Equal("Ofsted grades (outstanding to inadequate)", versionOne.QuerySelector("[data-detail=scale]")?.TextContent.Trim());
    }

    [Fact]
    public async Task CreateDraft_ForTheSupervisionTool_ChoosingOfsted_IsPublishedOnTheOfstedGrades()
    {
        using var client = await SignedInQaLeadAsync();
        var toolPage = await client.GetPageAsync($"/admin/tools/{SupervisionToolId}");

        var (_, draft) = await client.SubmitAsync(toolPage, new Dictionary<string, string> { ["Input.Scale"] = "Ofsted" }, "#create-draft");
        var (_, published) = await client.SubmitAsync(await client.GetPageAsync(new Uri(draft.Url).AbsolutePath + "/publish"), new Dictionary<string, string>());

        Assert.Equal("Version 2 Published", string.Join(' ', published.H1().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        var tool = await client.GetPageAsync($"/admin/tools/{SupervisionToolId}");
        Assert.Equal(["Ofsted grades (outstanding to inadequate)", "Met or not met against the standard"],
            tool.QuerySelectorAll("#versions tbody tr").Select(r => r.Children[2].TextContent.Trim()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task CreateDraft_WithNoScaleChosen_IsAGovUkError_AndMakesNoDraft(string? scale)
    {
        using var client = await SignedInQaLeadAsync();
        var toolPage = await client.GetPageAsync($"/admin/tools/{ShippedAuditTools.DeepDiveToolId}");
        var fields = scale is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Input.Scale"] = scale };

        var (response, page) = await client.SubmitAsync(toolPage, fields, "#create-draft");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([AuditToolService.ScaleMissingMessage], page.ErrorSummary());
        Assert.Equal(AuditToolService.ScaleMissingMessage, page.FieldError("Input_Scale"));
        Assert.Equal(1, await VersionCountAsync());
    }

    [Theory]
    [InlineData("Banana")]
    [InlineData("7")]
    [InlineData("Met")]
    public async Task CreateDraft_WithATamperedScale_IsAGovUkError_AndMakesNoDraft(string scale)
    {
        using var client = await SignedInQaLeadAsync();
        var toolPage = await client.GetPageAsync($"/admin/tools/{ShippedAuditTools.DeepDiveToolId}");

        var (response, page) = await client.SubmitAsync(toolPage, new Dictionary<string, string> { ["Input.Scale"] = scale }, "#create-draft");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.ErrorSummary());
        Assert.Equal(1, await VersionCountAsync());
    }

    [Fact]
    public async Task CreateDraft_WithAScaleThatIsNotOne_IsRefusedByTheService()
    {
        var result = await app.InScopeAsync(sp => sp.GetRequiredService<AuditToolService>().CreateDraftAsync(ShippedAuditTools.DeepDiveToolId, (GradeScale)7, "qa-lead"));

        Assert.False(result.Succeeded);
        Assert.Equal(AuditToolService.ScaleMissingMessage, result.Outcome.Errors.Single().Value);
        Assert.Equal(1, await VersionCountAsync());
    }

    private Task<int> VersionCountAsync() =>
        app.DbAsync(db => db.AuditToolVersions.CountAsync(v => v.AuditToolId == ShippedAuditTools.DeepDiveToolId));

    private async Task<AppClient> SignedInQaLeadAsync()
    {
        var lead = await TestData.AQaLead().CreateAsync(app);
        var client = AppClient.For(app);
        await client.SignInAsync(lead);
        return client;
    }
}
