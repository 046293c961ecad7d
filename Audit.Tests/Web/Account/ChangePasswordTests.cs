using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Account.AccountSteps;

namespace Audit.Tests.Web.Account;

public sealed class ChangePasswordTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task ChangePassword_WithTheCurrentPassword_ChangesItAndRecordsAnEvent()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(staff);
        var page = await client.GetPageAsync("/account/security/change-password");

        var (_, result) = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = staff.Password,
            ["Input.Password"] = StrongPassword,
            ["Input.ConfirmPassword"] = StrongPassword,
        });

        Assert.Equal("Your account", result.H1());
        Assert.Equal("Your password has been changed", result.SuccessBanner());
        Assert.Equal("My work", (await client.GetPageAsync("/")).H1());
        using var other = AppClient.For(app);
        Assert.Equal("My work", (await other.SignInAsync(staff.Email, StrongPassword)).H1());
        var recorded = await app.DbAsync(db => db.AccountEvents.AnyAsync(e => e.StaffMemberId == staff.Id && e.Kind == AccountEventKind.PasswordChanged));
        Assert.True(recorded);
    }

    [Fact]
    public async Task ChangePassword_WithAWrongCurrentPassword_IsRefused()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(staff);
        var page = await client.GetPageAsync("/account/security/change-password");

        var (_, result) = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "not my password at all",
            ["Input.Password"] = StrongPassword,
            ["Input.ConfirmPassword"] = StrongPassword,
        });

        Assert.Equal(["Your current password is not correct"], result.ErrorSummary());
        Assert.Equal("Your current password is not correct", result.FieldError("Input_CurrentPassword"));
    }

    [Fact]
    public async Task YourAccount_ShowsEmailRolesAndAuthenticatorStatus()
    {
        var staff = await TestData.AStaffMember().WithRoles(Roles.Auditor, Roles.TeamManager).CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(staff);

        var page = await client.GetPageAsync("/account/security");

        Assert.Equal(staff.Email, page.QuerySelector("#account-email")!.TextContent.Trim());
        Assert.Equal([Roles.Auditor, Roles.TeamManager], page.QuerySelectorAll("#account-roles li").Select(li => li.TextContent.Trim()));
        Assert.Contains("Not set up", page.QuerySelector("#account-authenticator")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/account/security/authenticator']"));
    }
}
