using System.Net;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Audit.Tests.Web.Admin;

public sealed class AdminAccessTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    public static TheoryData<string> AdminPages { get; } =
    [
        "/admin/staff",
        "/admin/staff/invite",
        "/admin/organisation",
        "/admin/organisation/teams/add",
    ];

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_ForSomeoneWithNoRole_IsForbidden(string url)
    {
        var nobody = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(nobody);

        var (response, page) = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You do not have access to this page", page.H1());
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_ForAPractitioner_IsForbidden(string url)
    {
        var practitioner = await TestData.AStaffMember().WithRoles(Roles.Practitioner, Roles.Auditor, Roles.TeamManager).CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(practitioner);

        var (response, page) = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You do not have access to this page", page.H1());
    }

    [Fact]
    public async Task AdminForm_PostedBySomeoneWithoutTheQaLeadRole_IsForbiddenAndChangesNothing()
    {
        var team = await TestData.ATeam().CreateAsync(app);
        var practitioner = await TestData.AStaffMember().WithRoles(Roles.Practitioner).CreateAsync(app);
        using var client = AppClient.For(app);
        var home = await client.SignInAsync(practitioner);
        // A valid antiforgery token of their own, so only the role check stands in the way.
        var token = home.QuerySelector("form.audit-header__sign-out input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Input.Name"] = "Taken over" });

        var response = await client.Http.PostAsync(new Uri($"/admin/organisation/teams/{team.TeamId}/edit", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(team.TeamName, await app.DbAsync(db => db.Teams.Where(t => t.Id == team.TeamId).Select(t => t.Name).SingleAsync()));
    }
}
