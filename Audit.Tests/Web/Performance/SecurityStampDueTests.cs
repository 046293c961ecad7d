using Audit.Web.Infrastructure;

namespace Audit.Tests.Web.Performance;

/// <summary>
/// The sign-in cookie calls Identity's security-stamp validator only when the validator would check the stamp
/// (issued longer ago than the interval, or with no issue time), so an ordinary request resolves none of its services.
/// </summary>
public sealed class SecurityStampDueTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 18, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    [Fact]
    public void ACookieIssuedWithinTheInterval_IsNotChecked() =>
        Assert.False(SecurityStampDue.IsDue(Now - TimeSpan.FromSeconds(59), Now, Interval));

    [Fact]
    public void ACookieIssuedExactlyTheIntervalAgo_IsNotChecked_AsIdentitysValidatorDoes() =>
        Assert.False(SecurityStampDue.IsDue(Now - Interval, Now, Interval));

    [Fact]
    public void ACookieIssuedLongerAgo_IsChecked() =>
        Assert.True(SecurityStampDue.IsDue(Now - Interval - TimeSpan.FromTicks(1), Now, Interval));

    [Fact]
    public void ACookieWithNoIssueTime_IsChecked() =>
        Assert.True(SecurityStampDue.IsDue(null, Now, Interval));
}
