namespace Audit.Tests.Infrastructure;

/// <summary>
/// Waits on a condition, not on time: for work done by another process (MailDev) or another thread (the Quartz
/// scheduler), checked every <see cref="Interval"/> until it holds or the timeout passes.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>Reads until <paramref name="done"/> holds; returns the last value read either way.</summary>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(Interval);
            value = await read();
        }

        return value;
    }

    public static Task<bool> TrueAsync(Func<Task<bool>> condition, TimeSpan timeout) => ReadAsync(condition, held => held, timeout);
}
