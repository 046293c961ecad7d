using System.Net;
using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Tools;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Web.Admin;

public sealed class ThemesPageTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Index_ListsTheShippedThemes_AllActive()
    {
        using var client = await SignedInQaLeadAsync();

        var page = await client.GetPageAsync("/admin/themes");

        Assert.Equal("Learning themes", page.H1());
        var rows = page.QuerySelectorAll("#themes tbody tr");
        Assert.Equal(ShippedAuditTools.LearningThemes.Order(StringComparer.OrdinalIgnoreCase), rows.Select(r => r.Children[0].TextContent.Trim()));
        Assert.All(rows, r => Assert.Equal("Active", r.QuerySelector(".govuk-tag")?.TextContent.Trim()));
    }

    [Fact]
    public async Task Add_ANewTheme_ShowsItInTheList()
    {
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync("/admin/themes");

        var (_, result) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Name"] = "  Exploitation " }, "#add-theme");

        Assert.Equal("You added the theme ‘Exploitation’", result.SuccessBanner());
        Assert.Contains(result.QuerySelectorAll("#themes tbody tr"), r => r.Children[0].TextContent.Trim() == "Exploitation");
    }

    [Theory]
    [InlineData("voice OF the child", "A theme called voice OF the child already exists")]
    [InlineData("   ", "Enter a name for the theme")]
    [InlineData("This theme name is far too long to be useful in a report, on a chart, or anywhere else that a theme name is shown", "Theme name must be 100 characters or fewer")]
    public async Task Add_WithADuplicateOrUnusableName_ExplainsWhy_AndKeepsWhatWasTyped(string name, string message)
    {
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync("/admin/themes");

        var (response, result) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Name"] = name }, "#add-theme");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([message], result.ErrorSummary());
        Assert.Equal(message, result.FieldError("Input_Name"));
        Assert.Equal(name, result.QuerySelector("#Input_Name")?.GetAttribute("value"));
        Assert.Equal(ShippedAuditTools.LearningThemes.Count, result.QuerySelectorAll("#themes tbody tr").Length);
    }

    [Fact]
    public async Task Retire_StopsTheThemeBeingChosen_AndRestoreBringsItBack()
    {
        using var client = await SignedInQaLeadAsync();
        var page = await client.GetPageAsync("/admin/themes");
        var neglect = await ThemeIdAsync("Neglect");

        var (_, retired) = await client.SubmitAsync(page, new Dictionary<string, string>(), $"#retire-{neglect}");

        Assert.Equal("You retired ‘Neglect’. It stays on audits that have it, but cannot be chosen for new ones.", retired.SuccessBanner());
        var row = retired.QuerySelector($"[data-theme-id='{neglect}']")!;
        Assert.Equal("Retired", row.QuerySelector(".govuk-tag")?.TextContent.Trim());
        Assert.Contains("govuk-tag--grey", row.QuerySelector(".govuk-tag")?.ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain(await ChoosableAsync(), t => t == "Neglect");

        var (_, restored) = await client.SubmitAsync(retired, new Dictionary<string, string>(), $"#restore-{neglect}");

        Assert.Equal("You restored ‘Neglect’. It can be chosen for audits again.", restored.SuccessBanner());
        Assert.Contains(await ChoosableAsync(), t => t == "Neglect");
    }

    [Fact]
    public async Task Retire_KeepsTheThemeOnAuditsThatHaveIt()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var neglect = await ThemeIdAsync("Neglect");
        await app.DbAsync(db =>
        {
            db.AuditThemes.Add(new AuditTheme { CaseAuditId = scenario.AuditId, LearningThemeId = neglect });
            return db.SaveChangesAsync();
        });
        using var client = AppClient.For(app);
        await client.SignInAsync(scenario.QaLead);

        var (_, retired) = await client.SubmitAsync(await client.GetPageAsync("/admin/themes"), new Dictionary<string, string>(), $"#retire-{neglect}");

        Assert.Equal("1", retired.QuerySelector($"[data-theme-id='{neglect}']")!.Children[2].TextContent.Trim());
        Assert.Equal(1, await app.DbAsync(db => Task.FromResult(db.AuditThemes.Count(t => t.LearningThemeId == neglect))));
    }

    [Fact]
    public async Task Rename_ChangesTheName_ButNotToOneThatIsTaken()
    {
        using var client = await SignedInQaLeadAsync();
        var id = await ThemeIdAsync("Planning");
        var form = await client.GetPageAsync($"/admin/themes/{id}/rename");
        Assert.Equal("Planning", form.QuerySelector("#Input_Name")?.GetAttribute("value"));

        var (_, taken) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = "RECORDING" });
        Assert.Equal(["A theme called RECORDING already exists"], taken.ErrorSummary());

        var (_, renamed) = await client.SubmitAsync(taken, new Dictionary<string, string> { ["Input.Name"] = "Planning and review" });
        Assert.Equal("You renamed ‘Planning’ to ‘Planning and review’", renamed.SuccessBanner());
        Assert.Equal("Planning and review", renamed.QuerySelector($"[data-theme-id='{id}']")!.Children[0].TextContent.Trim());
    }

    [Fact]
    public async Task Rename_OfAnUnknownTheme_IsNotFound()
    {
        using var client = await SignedInQaLeadAsync();

        var (response, _) = await client.GetAsync("/admin/themes/999/rename");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Themes_ForAPractitioner_IsForbidden()
    {
        var practitioner = await TestData.AStaffMember().WithRoles(Roles.Practitioner).CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(practitioner);

        var (response, _) = await client.GetAsync("/admin/themes");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<AppClient> SignedInQaLeadAsync()
    {
        var lead = await TestData.AQaLead().CreateAsync(app);
        var client = AppClient.For(app);
        await client.SignInAsync(lead);
        return client;
    }

    private Task<int> ThemeIdAsync(string name) => app.DbAsync(db => Task.FromResult(db.LearningThemes.Single(t => t.Name == name).Id));

    private async Task<IReadOnlyList<string>> ChoosableAsync() =>
        (await app.InScopeAsync(sp => sp.GetRequiredService<LearningThemeService>().ChoosableAsync())).Select(t => t.Name).ToList();
}
