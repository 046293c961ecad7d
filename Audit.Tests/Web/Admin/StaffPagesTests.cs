using System.Net;
using AngleSharp.Html.Dom;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Audit.Tests.Web.Admin;

/// <summary>One app for the class: every test makes its own people, with unique email addresses.</summary>
public sealed class StaffPagesTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    private const string WrongCredentials = "If the email and password are right you will be signed in; after several failed attempts, wait 15 minutes";

    [Fact]
    public async Task Invite_ThroughThePage_QueuesAnInvitationEmailAndListsThePersonAsInvited()
    {
        var team = await TestData.ATeam().CreateAsync(app);
        var (_, client) = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync("/admin/staff/invite");
        var email = $"jess.walker.{Guid.NewGuid():N}@council.example";

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.FullName"] = "Jess Walker", ["Input.Email"] = email, ["Input.JobTitle"] = "Senior social worker",
            ["Input.TeamId"] = team.TeamId.ToString(), ["Input.Roles[]"] = $"{Roles.Practitioner}|{Roles.Auditor}",
        });

        Assert.Equal("Staff", page.H1());
        Assert.Equal($"Invitation sent to {email}", page.SuccessBanner());
        var row = StaffRow(page, email);
        Assert.Contains("Invited", row.QuerySelector(".govuk-tag")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(team.TeamName, row.TextContent, StringComparison.Ordinal);
        var pending = await app.DbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == email && m.Kind == "invitation" && m.Status == OutboxStatus.Pending));
        Assert.Equal(1, pending);
    }

    [Fact]
    public async Task Invite_WithNothingEntered_AsksForNameEmailAndRole()
    {
        var (_, client) = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync("/admin/staff/invite");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.FullName"] = "", ["Input.Email"] = "" });

        // In the order the form asks: name, email, roles.
        Assert.Equal(["Enter the person's full name", "Enter an email address", "Select at least one role"], page.ErrorSummary());
        Assert.Equal("Select at least one role", page.FieldError("Input_Roles"));
    }

    [Fact]
    public async Task Invite_WithABadlyFormattedEmail_SaysSoAndKeepsWhatWasTyped()
    {
        var (_, client) = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync("/admin/staff/invite");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.FullName"] = "Kwame Boateng", ["Input.Email"] = "kwame.council", ["Input.Roles[]"] = Roles.Practitioner,
        });

        Assert.Equal(["Enter an email address in the correct format, like name@example.gov.uk"], page.ErrorSummary());
        Assert.Equal("Kwame Boateng", InputValue(page, "Input_FullName"));
        Assert.Equal("kwame.council", InputValue(page, "Input_Email"));
        Assert.True(((IHtmlInputElement)page.QuerySelector($"input[name='Input.Roles'][value='{Roles.Practitioner}']")!).IsChecked);
    }

    [Fact]
    public async Task Invite_WithAnEmailThatAlreadyHasAnAccount_IsRefused()
    {
        var existing = await TestData.AStaffMember().CreateAsync(app);
        var (_, client) = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync("/admin/staff/invite");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.FullName"] = "Someone Else", ["Input.Email"] = existing.Email.ToUpperInvariant(), ["Input.Roles[]"] = Roles.Auditor,
        });

        Assert.Equal(["Someone with this email address already has an account"], page.ErrorSummary());
        Assert.Equal(0, await app.DbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == existing.Email.ToUpperInvariant())));
    }

    [Fact]
    public async Task StaffList_SearchesByNameAndFiltersByStatus()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var active = await TestData.AStaffMember().Named($"Chloe Evans {tag}").WithRoles(Roles.Practitioner).CreateAsync(app);
        var invited = await TestData.AStaffMember().Named($"Chloe Invited {tag}").WithRoles(Roles.Practitioner).WithoutPassword().CreateAsync(app);
        var left = await TestData.AStaffMember().Named($"Chloe Left {tag}").WithRoles(Roles.Practitioner).Deactivated().CreateAsync(app);
        var (_, client) = await SignedInQaLeadAsync();

        var all = await client.GetPageAsync($"/admin/staff?Search={tag}");
        var byName = await client.GetPageAsync($"/admin/staff?Search=CHLOE+EVANS+{tag}");
        var onlyInvited = await client.GetPageAsync($"/admin/staff?Search={tag}&Status=Invited");
        var onlyLeft = await client.GetPageAsync($"/admin/staff?Search={tag}&Status=Deactivated");

        Assert.Equal([active.Id, invited.Id, left.Id], ListedIds(all));
        Assert.Equal([active.Id], ListedIds(byName));
        Assert.Equal([invited.Id], ListedIds(onlyInvited));
        Assert.Equal([left.Id], ListedIds(onlyLeft));
        Assert.Equal("Deactivated", StaffRow(onlyLeft, left.Email).QuerySelector(".govuk-tag")!.TextContent.Trim());
    }

    [Fact]
    public async Task StaffList_FiltersByRole()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var auditor = await TestData.AStaffMember().Named($"Owen Auditor {tag}").WithRoles(Roles.Auditor).CreateAsync(app);
        await TestData.AStaffMember().Named($"Ben Practitioner {tag}").WithRoles(Roles.Practitioner).CreateAsync(app);
        var (_, client) = await SignedInQaLeadAsync();

        var page = await client.GetPageAsync($"/admin/staff?Search={tag}&Role={Uri.EscapeDataString(Roles.Auditor)}");

        Assert.Equal([auditor.Id], ListedIds(page));
    }

    [Fact]
    public async Task PersonPage_ShowsDetailsRolesStatusAndRecentActivity()
    {
        var team = await TestData.ATeam().CreateAsync(app);
        var person = await TestData.AStaffMember().Named("Hannah Patel").WithRoles(Roles.Practitioner, Roles.Auditor).InTeam(team.TeamId).CreateAsync(app);
        using (var own = AppClient.For(app))
        {
            await own.SignInAsync(person);
        }

        var (_, client) = await SignedInQaLeadAsync();

        var page = await client.GetPageAsync($"/admin/staff/{person.Id}");

        Assert.Equal("Hannah Patel", page.H1());
        Assert.Equal("Active", page.GetElementById("staff-status")!.TextContent.Trim());
        Assert.Equal([Roles.Auditor, Roles.Practitioner], page.QuerySelectorAll("#staff-roles li").Select(li => li.TextContent.Trim()));
        Assert.Contains(team.TeamName, page.Text(), StringComparison.Ordinal);
        Assert.Contains("Signed in", ActivityKinds(page));
    }

    [Theory]
    [InlineData("/admin/staff/3f1c9a6e-0000-4000-8000-000000000000")]
    [InlineData("/admin/staff/3f1c9a6e-0000-4000-8000-000000000000/change-roles")]
    [InlineData("/admin/staff/3f1c9a6e-0000-4000-8000-000000000000/deactivate")]
    [InlineData("/admin/staff/not-a-person")]
    public async Task PersonPages_ForAnUnknownPerson_AreNotFound(string url)
    {
        var (_, client) = await SignedInQaLeadAsync();

        var (response, page) = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.H1());
    }

    [Fact]
    public async Task ChangeDetails_SavesAndRecordsTheChange()
    {
        var team = await TestData.ATeam().CreateAsync(app);
        var person = await TestData.AStaffMember().Named("Liam O'Connor").WithRoles(Roles.Practitioner).CreateAsync(app);
        var (lead, client) = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync($"/admin/staff/{person.Id}/change-details");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.FullName"] = "Liam O'Connor-Reid", ["Input.JobTitle"] = "Advanced practitioner", ["Input.TeamId"] = team.TeamId.ToString(),
        });

        Assert.Equal("Liam O'Connor-Reid's details have been saved", page.SuccessBanner());
        Assert.Equal("Liam O'Connor-Reid", page.H1());
        var recorded = await app.DbAsync(db => db.AccountEvents.SingleAsync(e => e.StaffMemberId == person.Id && e.Kind == AccountEventKind.DetailsChanged));
        Assert.Equal(lead.Id, recorded.ActorId);
        Assert.Contains("Full name: Liam O'Connor → Liam O'Connor-Reid", recorded.Detail, StringComparison.Ordinal);
        Assert.Contains($"Team: none → {team.TeamName}", recorded.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeDetails_WhenSomeoneElseSavedFirst_ShowsAConflictAndKeepsWhatWasTyped()
    {
        var person = await TestData.AStaffMember().Named("Megan Ward").WithRoles(Roles.Practitioner).CreateAsync(app);
        var (_, client) = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync($"/admin/staff/{person.Id}/change-details");
        var (_, colleague) = await SignedInQaLeadAsync();
        var colleagueForm = await colleague.GetPageAsync($"/admin/staff/{person.Id}/change-details");
        await colleague.SubmitAsync(colleagueForm, new Dictionary<string, string> { ["Input.FullName"] = "Megan Ward-Jones" });

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.FullName"] = "Meg Ward" });

        Assert.Equal(["This record was changed by someone else — review and try again"], page.ErrorSummary());
        Assert.Equal("Meg Ward", InputValue(page, "Input_FullName"));
        Assert.Equal("Megan Ward-Jones", await app.DbAsync(db => db.Users.Where(u => u.Id == person.Id).Select(u => u.FullName).SingleAsync()));
    }

    [Fact]
    public async Task ChangeDetails_WithNoName_AsksForOne()
    {
        var person = await TestData.AStaffMember().WithRoles(Roles.Practitioner).CreateAsync(app);
        var (_, client) = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync($"/admin/staff/{person.Id}/change-details");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.FullName"] = "" });

        Assert.Equal(["Enter the person's full name"], page.ErrorSummary());
    }

    [Fact]
    public async Task ChangeRoles_SavesTheNewRolesAndRecordsTheChange()
    {
        var person = await TestData.AStaffMember().WithRoles(Roles.Practitioner).CreateAsync(app);
        var (lead, client) = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync($"/admin/staff/{person.Id}/change-roles");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Roles[]"] = $"{Roles.TeamManager}|{Roles.Auditor}" });

        Assert.Equal($"{person.FullName}'s roles have been saved", page.SuccessBanner());
        Assert.Equal([Roles.Auditor, Roles.TeamManager], page.QuerySelectorAll("#staff-roles li").Select(li => li.TextContent.Trim()));
        var recorded = await app.DbAsync(db => db.AccountEvents.SingleAsync(e => e.StaffMemberId == person.Id && e.Kind == AccountEventKind.RolesChanged));
        Assert.Equal(lead.Id, recorded.ActorId);
        Assert.Equal($"Added: {Roles.TeamManager}, {Roles.Auditor}; Removed: {Roles.Practitioner}", recorded.Detail);
    }

    [Fact]
    public async Task ChangeRoles_WithNoneSelected_AsksForOne()
    {
        var person = await TestData.AStaffMember().WithRoles(Roles.Practitioner).CreateAsync(app);
        var (_, client) = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync($"/admin/staff/{person.Id}/change-roles");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string>());

        Assert.Equal(["Select at least one role"], page.ErrorSummary());
    }

    [Fact]
    public async Task ChangeRoles_RemovingYourOwnQaLeadRole_IsRefused()
    {
        var (lead, client) = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync($"/admin/staff/{lead.Id}/change-roles");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Roles[]"] = Roles.Auditor });

        Assert.Equal(["You cannot remove your own QA lead role"], page.ErrorSummary());
        Assert.True(((IHtmlInputElement)page.QuerySelector($"input[name='Input.Roles'][value='{Roles.Auditor}']")!).IsChecked);
        var stillLead = await app.DbAsync(db => db.UserRoles.AnyAsync(r => r.UserId == lead.Id && r.RoleId == Roles.IdOf(Roles.QaLead)));
        Assert.True(stillLead);
    }

    [Fact]
    public async Task Deactivate_StopsThePersonSigningInAndKeepsTheirHistory()
    {
        var person = await TestData.AStaffMember().Named("Josh Reid").WithRoles(Roles.Practitioner).CreateAsync(app);
        using (var own = AppClient.For(app))
        {
            Assert.Equal("My work", (await own.SignInAsync(person)).H1());
        }

        var stampBefore = await SecurityStampAsync(person.Id);
        var (_, client) = await SignedInQaLeadAsync();
        var profile = await client.GetPageAsync($"/admin/staff/{person.Id}");
        var confirm = await client.GetPageAsync(profile.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "Deactivate this account").GetAttribute("href")!);

        var (_, page) = await client.SubmitAsync(confirm, new Dictionary<string, string>());

        Assert.Equal("Josh Reid's account has been deactivated", page.SuccessBanner());
        Assert.Equal("Deactivated", page.GetElementById("staff-status")!.TextContent.Trim());
        Assert.Equal(["Account deactivated", "Signed in"], ActivityKinds(page));
        Assert.NotEqual(stampBefore, await SecurityStampAsync(person.Id));
        using var later = AppClient.For(app);
        Assert.Equal([WrongCredentials], (await later.SignInAsync(person)).ErrorSummary());
    }

    [Fact]
    public async Task Deactivate_YourOwnAccount_IsRefused()
    {
        var (lead, client) = await SignedInQaLeadAsync();
        var confirm = await client.GetPageAsync($"/admin/staff/{lead.Id}/deactivate");

        var (_, page) = await client.SubmitAsync(confirm, new Dictionary<string, string>());

        Assert.Equal(["You cannot deactivate your own account"], page.ErrorSummary());
        Assert.True(await app.DbAsync(db => db.Users.Where(u => u.Id == lead.Id).Select(u => u.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task Reactivate_LetsThePersonSignInAgain()
    {
        var person = await TestData.AStaffMember().Named("Ruth Adeyemi").WithRoles(Roles.TeamManager).Deactivated().CreateAsync(app);
        var (_, client) = await SignedInQaLeadAsync();
        var profile = await client.GetPageAsync($"/admin/staff/{person.Id}");

        var (_, page) = await client.SubmitAsync(profile, new Dictionary<string, string>(), "form.audit-reactivate");

        Assert.Equal("Ruth Adeyemi's account has been reactivated", page.SuccessBanner());
        Assert.Equal("Active", page.GetElementById("staff-status")!.TextContent.Trim());
        using var own = AppClient.For(app);
        Assert.Equal("My work", (await own.SignInAsync(person)).H1());
    }

    [Fact]
    public async Task ResendInvitation_ForSomeoneWithoutAPassword_QueuesANewInvitation()
    {
        var person = await TestData.AStaffMember().WithRoles(Roles.Practitioner).WithoutPassword().CreateAsync(app);
        var (_, client) = await SignedInQaLeadAsync();
        var profile = await client.GetPageAsync($"/admin/staff/{person.Id}");

        var (_, page) = await client.SubmitAsync(profile, new Dictionary<string, string>(), "form.audit-resend-invitation");

        Assert.Equal($"A new invitation has been sent to {person.Email}", page.SuccessBanner());
        Assert.Equal(1, await app.DbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == person.Email && m.Kind == "invitation")));
    }

    private async Task<(TestStaff Lead, AppClient Client)> SignedInQaLeadAsync()
    {
        var lead = await TestData.AQaLead().CreateAsync(app);
        var client = AppClient.For(app);
        Assert.Equal("My work", (await client.SignInAsync(lead)).H1());
        return (lead, client);
    }

    private Task<string?> SecurityStampAsync(string id) => app.DbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync());

    private static string? InputValue(IHtmlDocument page, string id) => (page.GetElementById(id) as IHtmlInputElement)?.Value;

    private static AngleSharp.Dom.IElement StaffRow(IHtmlDocument page, string email) =>
        page.QuerySelectorAll("tbody tr").Single(r => r.Children[1].TextContent.Trim() == email);

    private static IReadOnlyList<string> ListedIds(IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr[data-staff-id]").Select(r => r.GetAttribute("data-staff-id")!).ToList();

    private static IReadOnlyList<string> ActivityKinds(IHtmlDocument page) =>
        page.QuerySelectorAll("#account-activity tbody tr").Select(r => r.Children[1].TextContent.Trim()).ToList();
}
