using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Builders;

public static partial class TestData
{
    private static int counter;

    public static StaffBuilder AStaffMember() => new(Interlocked.Increment(ref counter));

    public static StaffBuilder AQaLead() => AStaffMember().WithRoles(Roles.QaLead).WithAuthenticator();

    public static EmailBuilder AnEmail() => new(Interlocked.Increment(ref counter));
}

/// <summary>Builds a staff account through the app's own UserManager, so passwords and roles are real.</summary>
public sealed class StaffBuilder(int number)
{
    public const string DefaultPassword = "a-long-test-passphrase";

    private string name = $"Test Person {number}";
    private string email = $"person{number}.{Guid.NewGuid():N}@council.example";
    private string? password = DefaultPassword;
    private string[] roles = [];
    private bool authenticator;
    private bool active = true;
    private int? teamId;

    public StaffBuilder Named(string fullName)
    {
        name = fullName;
        return this;
    }

    public StaffBuilder WithEmail(string address)
    {
        email = address;
        return this;
    }

    public StaffBuilder WithRoles(params string[] value)
    {
        roles = value;
        return this;
    }

    public StaffBuilder WithAuthenticator()
    {
        authenticator = true;
        return this;
    }

    /// <summary>An invited person who has not yet set a password.</summary>
    public StaffBuilder WithoutPassword()
    {
        password = null;
        return this;
    }

    public StaffBuilder Deactivated()
    {
        active = false;
        return this;
    }

    public StaffBuilder InTeam(int id)
    {
        teamId = id;
        return this;
    }

    public Task<TestStaff> CreateAsync(AuditAppFactory app) => app.InScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<StaffMember>>();
        var staff = new StaffMember
        {
            UserName = email,
            Email = email,
            EmailConfirmed = password is not null,
            FullName = name,
            IsActive = active,
            TeamId = teamId,
            LockoutEnabled = true,
            CreatedAt = sp.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        Check(password is null ? await users.CreateAsync(staff) : await users.CreateAsync(staff, password));
        if (roles.Length > 0)
        {
            Check(await users.AddToRolesAsync(staff, roles));
        }

        string? key = null;
        if (authenticator)
        {
            Check(await users.ResetAuthenticatorKeyAsync(staff));
            key = await users.GetAuthenticatorKeyAsync(staff);
            Check(await users.SetTwoFactorEnabledAsync(staff, true));
        }

        return new TestStaff(staff.Id, email, password ?? string.Empty, name, key, staff);
    });

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
