using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Audit.Tests.Web.Allocation;

public sealed class AddCaseTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task AddCase_WithEverything_AddsItAndShowsItInTheList()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var client = await QaLeadAsync(scenario);
        var form = await client.GetPageAsync("/admin/cases/add");

        var (_, page) = await client.SubmitAsync(form, Fields(scenario, "LCS-700001"));

        Assert.Equal("Case LCS-700001 added", page.SuccessBanner());
        Assert.Equal("LCS-700001", page.H1());
        Assert.Contains("Do not enter the child's name. Use the reference from the case management system.", form.QuerySelector("#Input_Reference-hint")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Fostering household", form.QuerySelectorAll("#Input_CaseType ~ label, .govuk-radios__label").Select(l => l.TextContent.Trim()));
        var list = await client.GetPageAsync("/admin/cases?Reference=700001");
        var row = Assert.Single(list.QuerySelectorAll("#cases tbody tr"));
        Assert.Contains("Child protection", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sam Practitioner", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not audited", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddCase_WithNothingFilledIn_SaysWhatIsMissing()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var client = await QaLeadAsync(scenario);

        var (_, page) = await client.SubmitAsync(await client.GetPageAsync("/admin/cases/add"), new Dictionary<string, string>());

        Assert.Equal(["Enter the case reference", "Select the practitioner", "Select the team", "Select the type of case"], page.ErrorSummary().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AddCase_WithAReferenceAlreadyHeld_IsRefused()
    {
        var scenario = await AuditScenario.CreateAsync(app, caseReference: "LCS-700002");
        using var client = await QaLeadAsync(scenario);

        var (_, page) = await client.SubmitAsync(await client.GetPageAsync("/admin/cases/add"), Fields(scenario, " LCS-700002 "));

        Assert.Equal("A case with reference LCS-700002 already exists", page.FieldError("Input_Reference"));
        Assert.Equal(1, await app.DbAsync(db => db.CaseFiles.CountAsync(c => c.Reference == "LCS-700002")));
    }

    [Fact]
    public async Task AddCase_WithATooLongReference_IsRefused()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var client = await QaLeadAsync(scenario);

        var (_, page) = await client.SubmitAsync(await client.GetPageAsync("/admin/cases/add"), Fields(scenario, new string('7', 51)));

        Assert.Equal("Case reference must be 50 characters or fewer", page.FieldError("Input_Reference"));
    }

    [Fact]
    public async Task AddCase_WithAPractitionerFromAnotherTeam_IsRefused()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var otherTeam = await app.DbAsync(async db =>
        {
            var team = new Team { Name = "Another team " + Guid.NewGuid().ToString("N")[..6], ServiceAreaId = (await db.Teams.SingleAsync(t => t.Id == scenario.TeamId)).ServiceAreaId };
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            return team.Id;
        });
        var elsewhere = await TestData.AStaffMember().Named("Kim Elsewhere").WithRoles(Roles.Practitioner).InTeam(otherTeam).CreateAsync(app);
        using var client = await QaLeadAsync(scenario);
        var fields = Fields(scenario, "LCS-700003");
        fields["Input.PractitionerId"] = elsewhere.Id;

        var (_, page) = await client.SubmitAsync(await client.GetPageAsync("/admin/cases/add"), fields);

        Assert.Equal("Select a practitioner in the team", page.FieldError("Input_PractitionerId"));
        Assert.False(await app.DbAsync(db => db.CaseFiles.AnyAsync(c => c.Reference == "LCS-700003")));
    }

    private async Task<AppClient> QaLeadAsync(AuditScenario scenario)
    {
        var client = AppClient.For(app);
        await client.SignInAsync(scenario.QaLead);
        return client;
    }

    private static Dictionary<string, string> Fields(AuditScenario scenario, string reference) => new()
    {
        ["Input.Reference"] = reference,
        ["Input.CaseType"] = nameof(CaseType.ChildProtection),
        ["Input.AgeBand"] = nameof(AgeBand.FiveToNine),
        ["Input.TeamId"] = scenario.TeamId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.PractitionerId"] = scenario.Practitioner.Id,
    };
}
