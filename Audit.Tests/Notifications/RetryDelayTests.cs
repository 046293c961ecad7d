using Audit.Workflows.Notifications;

namespace Audit.Tests.Notifications;

public sealed class RetryDelayTests
{
    private readonly EmailOptions options = new() { FirstRetryDelaySeconds = 60, MaxRetryDelaySeconds = 3600 };

    [Theory]
    [InlineData(1, 60)]
    [InlineData(2, 120)]
    [InlineData(3, 240)]
    [InlineData(6, 1920)]
    public void RetryDelay_DoublesAfterEachFailedAttempt(int attempts, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), options.RetryDelay(attempts));

    [Theory]
    [InlineData(7)]
    [InlineData(30)]
    [InlineData(int.MaxValue)]
    public void RetryDelay_IsCappedAtTheMaximum(int attempts) =>
        Assert.Equal(TimeSpan.FromHours(1), options.RetryDelay(attempts));
}
