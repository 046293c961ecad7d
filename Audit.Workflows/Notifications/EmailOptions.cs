using MailKit.Security;

namespace Audit.Workflows.Notifications;

/// <summary>Settings under "Email". With no SMTP host, messages are written as .eml files to the pickup folder.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string FromAddress { get; set; } = "audit@localhost";
    public string FromName { get; set; } = "Audit";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where .eml files go when no SMTP host is set. Relative paths are from the app's content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    /// <summary>How often the outbox is swept for messages to send.</summary>
    public int SendIntervalSeconds { get; set; } = 15;

    /// <summary>After this many failed attempts a message is marked failed and waits for a QA lead to retry it.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry waits this long; each later one waits twice as long as the last, up to an hour.</summary>
    public int FirstRetryDelaySeconds { get; set; } = 60;

    public int MaxRetryDelaySeconds { get; set; } = 3600;

    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long one instance holds the batch it claimed. Another instance sends nothing it holds; if the instance
    /// dies, its claim lapses after this long and the messages are sent by the next sweep anywhere.
    /// </summary>
    public int ClaimSeconds { get; set; } = 300;

    /// <summary>
    /// Time kept on a claim after a whole send for the save that marks the message sent. A sender hands a message
    /// to SMTP only while its claim has <see cref="SendWindow"/> left, renewing the claim first if it has not.
    /// </summary>
    public int ClaimSaveMarginSeconds { get; set; } = 10;

    /// <summary>The longest one send and its save may take: the whole-send SMTP timeout plus the save margin.</summary>
    public TimeSpan SendWindow => TimeSpan.FromSeconds(Smtp.TimeoutSeconds + ClaimSaveMarginSeconds);

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    /// <summary>How long to wait after a failed attempt: 1 minute, 2, 4, 8… up to <see cref="MaxRetryDelaySeconds"/>.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var seconds = FirstRetryDelaySeconds * Math.Pow(2, Math.Max(0, attempts - 1));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxRetryDelaySeconds));
    }
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable (MailKit's SecureSocketOptions).</summary>
    public SecureSocketOptions TlsMode { get; set; } = SecureSocketOptions.StartTls;

    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>
    /// The longest one message's whole send may take (connect, sign in, send, quit); the sender abandons it after
    /// this long, so it ends inside the claim (MailKit's own timeout applies to each step, not to the whole).
    /// </summary>
    public int TimeoutSeconds { get; set; } = 30;
}
