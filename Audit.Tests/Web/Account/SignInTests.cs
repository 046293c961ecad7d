using System.Net;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Audit.Tests.Web.Account;

public sealed class SignInTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task SignIn_WithCorrectPassword_ShowsMyWork()
    {
        var staff = await TestData.AStaffMember().Named("Sam Carter").WithRoles(Roles.Practitioner).CreateAsync(app);
        using var client = AppClient.For(app);

        var page = await client.SignInAsync(staff);

        Assert.Equal("My work", page.H1());
        Assert.Contains("Sam Carter", page.QuerySelector(".audit-header__name")?.TextContent);
        var recorded = await app.DbAsync(db => db.AccountEvents.AnyAsync(e => e.StaffMemberId == staff.Id && e.Kind == AccountEventKind.SignedIn));
        Assert.True(recorded);
    }

    [Fact]
    public async Task SignIn_RecordsWhen_WithoutChangingTheAccountsConcurrencyStamp()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        var stampBefore = await app.DbAsync(db => db.Users.Where(u => u.Id == staff.Id).Select(u => u.ConcurrencyStamp).SingleAsync());
        using var client = AppClient.For(app);

        await client.SignInAsync(staff);

        var after = await app.DbAsync(db => db.Users.Where(u => u.Id == staff.Id).Select(u => new { u.ConcurrencyStamp, u.LastSignInAt }).SingleAsync());
        Assert.NotNull(after.LastSignInAt);
        // A QA lead editing this person while they sign in must not be told someone else changed the record.
        Assert.Equal(stampBefore, after.ConcurrencyStamp);
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ShowsErrorAndRecordsFailure()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);

        var page = await client.SignInAsync(staff.Email, "not-the-right-password");

        Assert.Equal(["If the email and password are right you will be signed in; after several failed attempts, wait 15 minutes"], page.ErrorSummary());
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        var failures = await app.DbAsync(db => db.AccountEvents.CountAsync(e => e.StaffMemberId == staff.Id && e.Kind == AccountEventKind.SignInFailed));
        Assert.Equal(1, failures);
    }

    [Fact]
    public async Task SignIn_WithEmptyFields_AsksForBoth()
    {
        using var client = AppClient.For(app);
        var page = await client.GetPageAsync("/account/sign-in");

        var (_, result) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = "", ["Input.Password"] = "" });

        Assert.Equal(["Enter your email address", "Enter your password"], result.ErrorSummary());
        Assert.Equal("Enter your email address", result.FieldError("Input_Email"));
    }

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SignInAsync(staff.Email, "wrong-password-attempt");
        }

        var page = await client.SignInAsync(staff);

        // The same words as a wrong password or an unknown email: the page never says which accounts exist.
        Assert.Equal([Audit.Workflows.Identity.SignInService.FailedMessage], page.ErrorSummary());
        var lockoutEnd = await app.DbAsync(db => db.Users.Where(u => u.Id == staff.Id).Select(u => u.LockoutEnd).SingleAsync());
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task SignIn_WhenDeactivated_IsRefusedWithTheSameMessageAsAWrongPassword()
    {
        var staff = await TestData.AStaffMember().Deactivated().CreateAsync(app);
        using var client = AppClient.For(app);

        var page = await client.SignInAsync(staff);

        Assert.Equal(["If the email and password are right you will be signed in; after several failed attempts, wait 15 minutes"], page.ErrorSummary());
        var refused = await app.DbAsync(db => db.AccountEvents.AnyAsync(e => e.StaffMemberId == staff.Id && e.Kind == AccountEventKind.SignInRefusedInactive));
        Assert.True(refused);
    }

    [Fact]
    public async Task AnyPage_WhenSignedOut_RedirectsToSignIn()
    {
        using var client = AppClient.For(app, followRedirects: false);

        var response = await client.Http.GetAsync(new Uri("/admin/staff", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/account/sign-in", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);
        var home = await client.SignInAsync(staff);

        var (_, page) = await client.SubmitAsync(home, new Dictionary<string, string>(), "form.audit-header__sign-out");

        Assert.Equal("You have signed out", page.H1());
        var after = await client.GetPageAsync("/");
        Assert.Equal("Sign in to Audit", after.H1());
    }
}
