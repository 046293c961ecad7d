using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Audit.Tests.Web.Imports;

public sealed class CaseReferenceFormatTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task SettingsPage_RefusesAPatternThatIsNotARegularExpression_AndSavesOneThatIs()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(scenario.QaLead);
        var page = await client.GetPageAsync("/admin/settings");

        var (_, refused) = await client.SubmitAsync(page, Settings(page, "^LCS-(\\d{4,8}$"));
        var (_, saved) = await client.SubmitAsync(await client.GetPageAsync("/admin/settings"), Settings(page, "^LCS-\\d{4,8}$"));

        Assert.Equal(["Enter the reference format as a valid regular expression, for example ^LCS-\\d{4,8}$"], refused.ErrorSummary());
        Assert.NotNull(saved.SuccessBanner());
        Assert.Equal("^LCS-\\d{4,8}$", await app.DbAsync(db => db.WorkflowSettings.Select(s => s.CaseReferencePattern).SingleAsync()));
    }

    [Fact]
    public async Task AddCase_WithAChildsNameInsteadOfAReference_IsRefused()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await app.DbAsync(db => db.WorkflowSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.CaseReferencePattern, "^LCS-\\d{4,8}$")));
        using var client = AppClient.For(app);
        await client.SignInAsync(scenario.QaLead);

        var (_, page) = await client.SubmitAsync(await client.GetPageAsync("/admin/cases/add"), new Dictionary<string, string>
        {
            ["Input.Reference"] = "Jane Smith",
            ["Input.CaseType"] = nameof(CaseType.ChildProtection),
            ["Input.TeamId"] = scenario.TeamId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.PractitionerId"] = scenario.Practitioner.Id,
        });

        Assert.Equal("The case reference does not match the case management system's format (^LCS-\\d{4,8}$). Do not enter the child's name", page.FieldError("Input_Reference"));
        Assert.False(await app.DbAsync(db => db.CaseFiles.AnyAsync(c => c.Reference == "Jane Smith")));
    }

    /// <summary>The settings form as shown, with the reference format changed.</summary>
    private static Dictionary<string, string> Settings(AngleSharp.Html.Dom.IHtmlDocument page, string pattern)
    {
        var values = page.QuerySelectorAll("main form input[type=text], main form input:not([type])").OfType<AngleSharp.Html.Dom.IHtmlInputElement>()
            .Where(i => i.Name is not null).ToDictionary(i => i.Name!, i => i.Value);
        values["Input.EscalateToQaLead"] = "yes";
        values["Input.AssistantDirectorGrades[]"] = "Outstanding|Good|Inadequate";
        values["Input.CaseReferencePattern"] = pattern;
        return values;
    }
}
