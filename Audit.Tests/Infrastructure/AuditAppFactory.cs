using Audit.Data;
using Audit.Workflows;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Audit.Tests.Infrastructure;

/// <summary>
/// The real app, in-process, on its own SQLite database file in a temporary folder — or, with
/// <see cref="DatabaseProvider.PostgreSQL"/> (or AUDIT_TEST_PROVIDER=PostgreSQL), on a fresh database of its own on
/// the server in AUDIT_TEST_POSTGRES. The recurring scheduler is off so tests drive the outbox themselves;
/// everything else is as in production (HTTPS, secure cookies).
/// </summary>
public class AuditAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly PostgresTestDatabase? postgres;
    private CapturingLoggerProvider? logs;
    private readonly List<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor> interceptors = [];

    public AuditAppFactory()
        : this(PostgresTestDatabase.DefaultProvider)
    {
    }

    /// <summary>Protected so xunit, which wants one public constructor on a class fixture, still sees one.</summary>
    protected AuditAppFactory(DatabaseProvider provider)
    {
        // Before any context exists: a pooled context's logger caches whether anyone listens (SqlCommandLog.Listen).
        SqlCommandLog.Listen();
        Folder = Directory.CreateTempSubdirectory("audit-tests-").FullName;
        Provider = provider;
        if (provider == DatabaseProvider.PostgreSQL)
        {
            postgres = PostgresTestDatabase.Create();
            settings[DataServiceCollectionExtensions.ProviderKey] = nameof(DatabaseProvider.PostgreSQL);
            settings["ConnectionStrings:Audit"] = postgres.ConnectionString;
        }
        else
        {
            settings["ConnectionStrings:Audit"] = $"Data Source={Path.Combine(Folder, "audit.db")}";
        }

        settings["Audit:BaseUrl"] = "https://localhost";
        settings[WorkflowsServiceCollectionExtensions.SchedulerEnabledKey] = "false";
        settings["Audit:SeedDemoData"] = "false";
        settings["Email:PickupDirectory"] = Path.Combine(Folder, "mail");
        settings["Email:Smtp:Host"] = string.Empty;
        ClientOptions.BaseAddress = new Uri("https://localhost");
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The app's connection string, for other processes that share its database.</summary>
    public string ConnectionString => settings["ConnectionStrings:Audit"]!;

    /// <summary>The temporary folder holding this app's database (on SQLite) and pickup folder.</summary>
    public string Folder { get; }

    public string PickupFolder => Path.Combine(Folder, "mail");

    /// <summary>Set before the app starts to control "now".</summary>
    public FakeTimeProvider? Clock { get; set; }

    /// <summary>Overrides a configuration value; call before the app starts (before the first client or service).</summary>
    /// <summary>An app on the given provider, whatever AUDIT_TEST_PROVIDER says.</summary>
    public static AuditAppFactory On(DatabaseProvider provider) => new(provider);

    public AuditAppFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    /// <summary>Points the app's email at a MailDev server.</summary>
    public AuditAppFactory WithSmtp(MailDevServer mail) =>
        With("Email:Smtp:Host", "127.0.0.1").With("Email:Smtp:Port", mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Email:Smtp:TlsMode", "None");

    /// <summary>
    /// Keeps the app's log in <paramref name="provider"/>: its own Information lines, every request with its status and
    /// time, and the framework's warnings (as a person reading a failed test's log needs them, whatever the app's
    /// configured levels). Call before the app starts.
    /// </summary>
    public AuditAppFactory WithLogs(CapturingLoggerProvider provider)
    {
        logs = provider;
        return this;
    }

    /// <summary>Adds an EF Core interceptor to the app's DbContext (to step into a save, as a race would); call before the app starts.</summary>
    public AuditAppFactory WithInterceptor(Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor interceptor)
    {
        interceptors.Add(interceptor);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (logs is { } provider)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(provider)
                .AddFilter<CapturingLoggerProvider>(null, LogLevel.Information)
                .AddFilter<CapturingLoggerProvider>("Microsoft", LogLevel.Warning)
                .AddFilter<CapturingLoggerProvider>("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Information));
        }

        builder.ConfigureServices(services =>
        {
            if (Clock is { } clock)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(clock);
            }

            if (interceptors.Count > 0)
            {
                services.ConfigureDbContext<AuditDbContext>(options => options.AddInterceptors(interceptors));
            }
        });
    }

    /// <summary>Runs code against the app's services in a fresh scope.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    /// <summary>A fresh DbContext on the app's database, for arranging and asserting.</summary>
    public Task<T> DbAsync<T>(Func<AuditDbContext, Task<T>> query) =>
        InScopeAsync(sp => query(sp.GetRequiredService<AuditDbContext>()));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the OS cleans temporary folders.
        }
    }
}
