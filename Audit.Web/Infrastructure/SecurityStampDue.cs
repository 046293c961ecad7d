using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Audit.Web.Infrastructure;

/// <summary>
/// Calls the sign-in cookie's security-stamp validator only when it would check the stamp. Identity's
/// <see cref="SecurityStampValidator.ValidatePrincipalAsync"/> resolves its validator — and with it
/// <c>SignInManager</c>, <c>UserManager</c> and a database context — from the request's services on every request,
/// and only then compares the cookie's age with <see cref="SecurityStampValidatorOptions.ValidationInterval"/>. This
/// makes the same comparison first, with the same clock (<see cref="SecurityStampValidatorOptions.TimeProvider"/>,
/// the app's): the stamp is still checked exactly when the validator would check it, so a deactivated person is
/// still signed out within the interval.
/// </summary>
public static class SecurityStampDue
{
    public static Func<CookieValidatePrincipalContext, Task> Wrap(Func<CookieValidatePrincipalContext, Task> validate, SecurityStampValidatorOptions options)
    {
        var clock = options.TimeProvider ?? TimeProvider.System;
        return context => IsDue(context.Properties.IssuedUtc, clock.GetUtcNow(), options.ValidationInterval)
            ? validate(context)
            : Task.CompletedTask;
    }

    /// <summary>The validator's own test: a cookie with no issue time, or issued longer ago than the interval.</summary>
    public static bool IsDue(DateTimeOffset? issuedUtc, DateTimeOffset now, TimeSpan interval) =>
        issuedUtc is not { } issued || now - issued > interval;
}
