using AngleSharp.Html.Dom;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Audit.Tests.Web.Admin;

/// <summary>Staff numbers: how the case system's export names a worker, so the case-list import can match them.</summary>
public sealed class StaffNumberTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    [Fact]
    public async Task Invite_WithAStaffNumber_KeepsItInUpperCase_AndShowsItOnThePersonsPage()
    {
        var number = UniqueNumber();
        var client = await SignedInQaLeadAsync();
        var email = $"sam.okafor.{Guid.NewGuid():N}@council.example";

        var (_, page) = await client.SubmitAsync(await client.GetPageAsync("/admin/staff/invite"), new Dictionary<string, string>
        {
            ["Input.FullName"] = "Sam Okafor", ["Input.Email"] = email, ["Input.StaffNumber"] = $"  {number.ToLowerInvariant()} ", ["Input.Roles[]"] = Roles.Practitioner,
        });

        Assert.Equal($"Invitation sent to {email}", page.SuccessBanner());
        var id = await app.DbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var person = await client.GetPageAsync($"/admin/staff/{id}");
        Assert.Equal(number, person.GetElementById("staff-number")!.TextContent.Trim());
    }

    [Fact]
    public async Task Invite_WithABadOrTakenStaffNumber_ListsEveryProblem_AndKeepsWhatWasTyped()
    {
        var number = UniqueNumber();
        var holder = await TestData.AStaffMember().WithRoles(Roles.Practitioner).CreateAsync(app);
        await SetStaffNumberAsync(holder.Id, number);
        var client = await SignedInQaLeadAsync();
        var form = await client.GetPageAsync("/admin/staff/invite");

        var (_, badFormat) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.FullName"] = "", ["Input.Email"] = "a@council.example", ["Input.StaffNumber"] = "SW 104/82",
        });
        var (_, taken) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.FullName"] = "Ana Silva", ["Input.Email"] = $"ana.{Guid.NewGuid():N}@council.example", ["Input.StaffNumber"] = number.ToLowerInvariant(), ["Input.Roles[]"] = Roles.Practitioner,
        });

        Assert.Equal(["Enter the person's full name", "Staff number must be letters, digits and hyphens only, starting with a letter or digit, like AB12345", "Select at least one role"],
            badFormat.ErrorSummary());
        Assert.Equal("SW 104/82", (badFormat.GetElementById("Input_StaffNumber") as IHtmlInputElement)?.Value);
        Assert.Equal(["Someone else already has this staff number"], taken.ErrorSummary());
        Assert.Equal(1, await app.DbAsync(db => db.Users.CountAsync(u => u.StaffNumber == number)));
    }

    [Fact]
    public async Task ChangeDetails_SetsChangesAndClearsTheStaffNumber_RecordingEachChange()
    {
        var person = await TestData.AStaffMember().WithRoles(Roles.Practitioner).CreateAsync(app);
        var (first, second) = (UniqueNumber(), UniqueNumber());
        var client = await SignedInQaLeadAsync();

        await ChangeStaffNumberAsync(client, person, first.ToLowerInvariant());
        await ChangeStaffNumberAsync(client, person, second);
        var (_, cleared) = await ChangeStaffNumberAsync(client, person, "");

        Assert.Equal($"{person.FullName}'s details have been saved", cleared.SuccessBanner());
        Assert.Equal("Not given", cleared.GetElementById("staff-number")!.TextContent.Trim());
        var recorded = await app.DbAsync(db => db.AccountEvents.Where(e => e.StaffMemberId == person.Id && e.Kind == AccountEventKind.DetailsChanged)
            .OrderBy(e => e.Id).Select(e => e.Detail).ToListAsync());
        Assert.Equal([$"Staff number: none → {first}", $"Staff number: {first} → {second}", $"Staff number: {second} → none"], recorded);
    }

    [Fact]
    public async Task ChangeDetails_ToSomeoneElsesStaffNumber_IsRefused_WhateverTheCase()
    {
        var number = UniqueNumber();
        var holder = await TestData.AStaffMember().WithRoles(Roles.Practitioner).CreateAsync(app);
        await SetStaffNumberAsync(holder.Id, number);
        var person = await TestData.AStaffMember().WithRoles(Roles.Practitioner).CreateAsync(app);
        var client = await SignedInQaLeadAsync();

        var (_, page) = await ChangeStaffNumberAsync(client, person, number.ToLowerInvariant());

        Assert.Equal(["Someone else already has this staff number"], page.ErrorSummary());
        Assert.Null(await app.DbAsync(db => db.Users.Where(u => u.Id == person.Id).Select(u => u.StaffNumber).SingleAsync()));
    }

    private async Task<(HttpResponseMessage, IHtmlDocument)> ChangeStaffNumberAsync(AppClient client, TestStaff person, string staffNumber)
    {
        var form = await client.GetPageAsync($"/admin/staff/{person.Id}/change-details");
        return await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.FullName"] = person.FullName, ["Input.StaffNumber"] = staffNumber });
    }

    private Task SetStaffNumberAsync(string id, string number) =>
        app.DbAsync(db => db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.StaffNumber, number)));

    private static string UniqueNumber() => $"SW{Random.Shared.Next(100_000, 999_999)}-{Guid.NewGuid().ToString("N")[..4].ToUpperInvariant()}";

    private async Task<AppClient> SignedInQaLeadAsync()
    {
        var lead = await TestData.AQaLead().CreateAsync(app);
        var client = AppClient.For(app);
        Assert.Equal("My work", (await client.SignInAsync(lead)).H1());
        return client;
    }
}
