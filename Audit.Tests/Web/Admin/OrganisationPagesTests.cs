using System.Net;
using AngleSharp.Html.Dom;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Audit.Tests.Web.Admin;

/// <summary>One app for the class: every test makes its own uniquely named units and its own QA lead.</summary>
public sealed class OrganisationPagesTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    [Fact]
    public async Task AddDirectorate_WithNameAndAssistantDirector_ShowsItOnTheOrganisationPage()
    {
        var director = await TestData.AStaffMember().Named("Priya Director").WithRoles(Roles.AssistantDirector).CreateAsync(app);
        using var client = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync("/admin/organisation/directorates/add");
        var name = Unique("Children's Social Care");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = name, ["Input.AssistantDirectorId"] = director.Id });

        Assert.Equal("Organisation", page.H1());
        Assert.Equal($"{name} has been added", page.SuccessBanner());
        var section = DirectorateSection(page, name);
        Assert.Contains("Priya Director", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddServiceArea_InADirectorate_ShowsItWithItsServiceManager()
    {
        var team = await TestData.ATeam().CreateAsync(app);
        var manager = await TestData.AStaffMember().Named("Helen Service").WithRoles(Roles.ServiceManager).CreateAsync(app);
        using var client = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync($"/admin/organisation/service-areas/add?directorateId={team.DirectorateId}");
        var name = Unique("Front Door");

        Assert.Equal(team.DirectorateId.ToString(), SelectedValue(form, "Input_DirectorateId"));

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.DirectorateId"] = team.DirectorateId.ToString(), ["Input.ServiceManagerId"] = manager.Id,
        });

        Assert.Equal($"{name} has been added", page.SuccessBanner());
        var card = ServiceAreaCard(page, name);
        Assert.Contains("Service manager: Helen Service", card.TextContent, StringComparison.Ordinal);
        Assert.Same(DirectorateSection(page, team.DirectorateName), card.Closest("section"));
    }

    [Fact]
    public async Task AddTeam_InAServiceArea_ShowsItWithItsManagerAndMemberCount()
    {
        var area = await TestData.ATeam().CreateAsync(app);
        var manager = await TestData.AStaffMember().Named("Daniel Manager").WithRoles(Roles.TeamManager).CreateAsync(app);
        using var client = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync("/admin/organisation/teams/add");
        var name = Unique("FAST");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.ServiceAreaId"] = area.ServiceAreaId.ToString(), ["Input.TeamManagerId"] = manager.Id,
        });

        Assert.Equal($"{name} has been added", page.SuccessBanner());
        Assert.Equal([name, "Daniel Manager", "0", "Change " + name], TeamRow(page, name));
        Assert.NotNull(ServiceAreaCard(page, area.ServiceAreaName).QuerySelectorAll("th").FirstOrDefault(th => th.TextContent.Trim() == name));
    }

    [Fact]
    public async Task OrganisationPage_CountsOnlyActiveMembersOfATeam()
    {
        var team = await TestData.ATeam().CreateAsync(app);
        await TestData.AStaffMember().WithRoles(Roles.Practitioner).InTeam(team.TeamId).CreateAsync(app);
        await TestData.AStaffMember().WithRoles(Roles.Practitioner).InTeam(team.TeamId).CreateAsync(app);
        await TestData.AStaffMember().WithRoles(Roles.Practitioner).InTeam(team.TeamId).Deactivated().CreateAsync(app);
        using var client = await SignedInQaLeadAsync();

        var page = await client.GetPageAsync("/admin/organisation");

        Assert.Equal("2", TeamRow(page, team.TeamName)[2]);
    }

    [Theory]
    [InlineData("/admin/organisation/directorates/add", "Enter a name for the directorate")]
    [InlineData("/admin/organisation/service-areas/add", "Enter a name for the service area")]
    [InlineData("/admin/organisation/teams/add", "Enter a name for the team")]
    public async Task Add_WithEmptyName_AsksForAName(string url, string message)
    {
        await TestData.ATeam().CreateAsync(app);
        using var client = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync(url);

        var (response, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = "   " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.ErrorSummary()[0]);
        Assert.Equal(message, page.FieldError("Input_Name"));
    }

    [Fact]
    public async Task AddTeam_WithoutAServiceArea_AsksForOneAndKeepsTheName()
    {
        await TestData.ATeam().CreateAsync(app);
        using var client = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync("/admin/organisation/teams/add");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = "Orphan team", ["Input.ServiceAreaId"] = "" });

        Assert.Equal(["Select a service area"], page.ErrorSummary());
        Assert.Equal("Orphan team", InputValue(page, "Input_Name"));
    }

    [Fact]
    public async Task AddTeam_WithANameAlreadyUsedInAnyCase_IsRefused()
    {
        var existing = await TestData.ATeam().CreateAsync(app);
        using var client = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync("/admin/organisation/teams/add");
        var sameNameShouted = existing.TeamName.ToUpperInvariant();

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = sameNameShouted, ["Input.ServiceAreaId"] = existing.ServiceAreaId.ToString(),
        });

        Assert.Equal([$"A team called {sameNameShouted} already exists"], page.ErrorSummary());
        Assert.Equal(1, await app.DbAsync(db => db.Teams.CountAsync(t => t.Name.ToUpper() == sameNameShouted)));
    }

    [Fact]
    public async Task EditDirectorate_ToTheNameOfAnother_IsRefused()
    {
        var first = await TestData.ATeam().CreateAsync(app);
        var second = await TestData.ATeam().CreateAsync(app);
        using var client = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync($"/admin/organisation/directorates/{second.DirectorateId}/edit");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = first.DirectorateName });

        Assert.Equal([$"A directorate called {first.DirectorateName} already exists"], page.ErrorSummary());
    }

    [Fact]
    public async Task AddServiceArea_WithANameOver100Characters_IsRefused()
    {
        var team = await TestData.ATeam().CreateAsync(app);
        using var client = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync("/admin/organisation/service-areas/add");
        var longName = new string('x', 101);

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = longName, ["Input.DirectorateId"] = team.DirectorateId.ToString(),
        });

        Assert.Equal(["Name must be 100 characters or fewer"], page.ErrorSummary());
        Assert.Equal(longName, InputValue(page, "Input_Name"));
    }

    [Fact]
    public async Task AddDirectorate_WithAnAssistantDirectorWhoLacksTheRole_IsRefused()
    {
        var practitioner = await TestData.AStaffMember().WithRoles(Roles.Practitioner).CreateAsync(app);
        using var client = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync("/admin/organisation/directorates/add");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = Unique("Directorate"), ["Input.AssistantDirectorId"] = practitioner.Id });

        Assert.Equal(["Select an assistant director from the list"], page.ErrorSummary());
        Assert.Equal("Select an assistant director from the list", page.FieldError("Input_AssistantDirectorId"));
    }

    [Fact]
    public async Task AddTeam_OffersOnlyActiveTeamManagers()
    {
        await TestData.ATeam().CreateAsync(app);
        var active = await TestData.AStaffMember().Named("Tess Active").WithRoles(Roles.TeamManager).CreateAsync(app);
        var left = await TestData.AStaffMember().Named("Lee Left").WithRoles(Roles.TeamManager).Deactivated().CreateAsync(app);
        var practitioner = await TestData.AStaffMember().Named("Pat Practitioner").WithRoles(Roles.Practitioner).CreateAsync(app);
        using var client = await SignedInQaLeadAsync();

        var page = await client.GetPageAsync("/admin/organisation/teams/add");

        var offered = page.QuerySelectorAll("#Input_TeamManagerId option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(active.Id, offered);
        Assert.DoesNotContain(left.Id, offered);
        Assert.DoesNotContain(practitioner.Id, offered);
    }

    [Fact]
    public async Task EditTeam_SavesTheNewNameAndManager()
    {
        var team = await TestData.ATeam().CreateAsync(app);
        var manager = await TestData.AStaffMember().Named("Grace Manager").WithRoles(Roles.TeamManager).CreateAsync(app);
        using var client = await SignedInQaLeadAsync();
        var overview = await client.GetPageAsync("/admin/organisation");
        var form = await client.GetPageAsync(ChangeLink(overview, team.TeamName));
        var newName = Unique("Help and Protection");

        Assert.Equal(team.ServiceAreaId.ToString(), SelectedValue(form, "Input_ServiceAreaId"));

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = newName, ["Input.ServiceAreaId"] = team.ServiceAreaId.ToString(), ["Input.TeamManagerId"] = manager.Id,
        });

        Assert.Equal($"Changes to {newName} have been saved", page.SuccessBanner());
        Assert.Equal([newName, "Grace Manager", "0", "Change " + newName], TeamRow(page, newName));
        var version = await app.DbAsync(db => db.Teams.Where(t => t.Id == team.TeamId).Select(t => t.Version).SingleAsync());
        Assert.Equal(1, version);
    }

    [Fact]
    public async Task EditTeam_WhenSomeoneElseSavedFirst_ShowsAConflictAndKeepsWhatWasTyped()
    {
        var team = await TestData.ATeam().CreateAsync(app);
        using var client = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync($"/admin/organisation/teams/{team.TeamId}/edit");
        var theirName = Unique("Renamed by a colleague");
        await app.DbAsync(async db =>
        {
            (await db.Teams.SingleAsync(t => t.Id == team.TeamId)).Name = theirName;
            return await db.SaveChangesAsync();
        });
        var myName = Unique("My new name");

        var (response, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = myName, ["Input.ServiceAreaId"] = team.ServiceAreaId.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["This record was changed by someone else — review and try again"], page.ErrorSummary());
        Assert.Equal(myName, InputValue(page, "Input_Name"));
        Assert.Contains(theirName, page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(theirName, await app.DbAsync(db => db.Teams.Where(t => t.Id == team.TeamId).Select(t => t.Name).SingleAsync()));
    }

    [Fact]
    public async Task EditTeam_AfterAConflict_SavesWhenSubmittedAgain()
    {
        var team = await TestData.ATeam().CreateAsync(app);
        using var client = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync($"/admin/organisation/teams/{team.TeamId}/edit");
        await app.DbAsync(async db =>
        {
            (await db.Teams.SingleAsync(t => t.Id == team.TeamId)).Name = Unique("Colleague's name");
            return await db.SaveChangesAsync();
        });
        var myName = Unique("Mine after review");
        var (_, conflict) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = myName, ["Input.ServiceAreaId"] = team.ServiceAreaId.ToString() });

        var (_, page) = await client.SubmitAsync(conflict, new Dictionary<string, string>
        {
            ["Input.Name"] = InputValue(conflict, "Input_Name")!, ["Input.ServiceAreaId"] = SelectedValue(conflict, "Input_ServiceAreaId")!,
        });

        Assert.Equal($"Changes to {myName} have been saved", page.SuccessBanner());
    }

    [Theory]
    [InlineData("/admin/organisation/directorates/999999/edit")]
    [InlineData("/admin/organisation/service-areas/999999/edit")]
    [InlineData("/admin/organisation/teams/999999/edit")]
    [InlineData("/admin/organisation/teams/not-a-number/edit")]
    [InlineData("/admin/organisation/teams/-1/edit")]
    public async Task EditPage_ForAnUnknownId_IsNotFound(string url)
    {
        using var client = await SignedInQaLeadAsync();

        var (response, page) = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.H1());
    }

    [Fact]
    public async Task EditPage_PostingToAnUnknownId_IsNotFound()
    {
        var team = await TestData.ATeam().CreateAsync(app);
        using var client = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync($"/admin/organisation/teams/{team.TeamId}/edit");
        form.QuerySelector("main form")!.SetAttribute("action", "/admin/organisation/teams/999999/edit");

        var (response, _) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = "Anything" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<AppClient> SignedInQaLeadAsync()
    {
        var lead = await TestData.AQaLead().CreateAsync(app);
        var client = AppClient.For(app);
        await client.SignInAsync(lead);
        return client;
    }

    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    private static string? InputValue(IHtmlDocument page, string id) => (page.GetElementById(id) as IHtmlInputElement)?.Value;

    private static string? SelectedValue(IHtmlDocument page, string id) => (page.GetElementById(id) as IHtmlSelectElement)?.Value;

    private static AngleSharp.Dom.IElement DirectorateSection(IHtmlDocument page, string name) =>
        page.QuerySelectorAll("main section").Single(s => s.QuerySelector("h2")?.TextContent.Trim() == name);

    private static AngleSharp.Dom.IElement ServiceAreaCard(IHtmlDocument page, string name) =>
        page.QuerySelectorAll(".govuk-summary-card").Single(c => c.QuerySelector(".govuk-summary-card__title")?.TextContent.Trim() == name);

    private static IReadOnlyList<string> TeamRow(IHtmlDocument page, string name) =>
        page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")?.TextContent.Trim() == name)
            .Children.Select(c => c.TextContent.Trim()).ToList();

    private static string ChangeLink(IHtmlDocument page, string teamName) =>
        page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")?.TextContent.Trim() == teamName)
            .QuerySelector("a")!.GetAttribute("href")!;
}
