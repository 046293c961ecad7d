using Audit.Data;
using Audit.Web;
using Audit.Web.Infrastructure;
using Audit.Workflows;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseDefaultServiceProvider(o =>
{
    o.ValidateOnBuild = true;
    o.ValidateScopes = true;
});

try
{
    builder.Services.AddAuditData(builder.Configuration, builder.Environment.ContentRootPath);
}
catch (DatabaseConfigurationException ex)
{
    // A wrong Database:Provider or connection string is the operator's to fix: say which, without a stack trace.
    await CannotStartAsync(ex.Message);
    return;
}

builder.Services
    .AddAuditWorkflows(builder.Configuration)
    .AddAuditWeb(builder.Configuration, builder.Environment);

var app = builder.Build();
try
{
    // Command-line tasks (create-admin, seed-demo) run against the database and exit without serving requests.
    if (await CommandLine.TryRunAsync(app, args))
    {
        return;
    }

    await app.PrepareDatabaseAsync(args);
    app.UseAuditWeb();
    await app.RunAsync();
}
catch (Exception ex) when (SettingFailures(ex) is { Count: > 0 } failures
    && System.Reflection.Assembly.GetEntryAssembly() == typeof(Program).Assembly)
{
    // A setting out of its range (checked at start-up) is the operator's to fix too: every problem, no stack trace.
    // Only when Audit.Web is the process; a host that runs it in process (the tests' factory) gets the exception.
    await CannotStartAsync(string.Join(" ", failures));
}

// How Audit refuses to start on a setting the operator must fix: one line on standard error, exit code 2.
static async Task CannotStartAsync(string why)
{
    await Console.Error.WriteLineAsync($"Audit cannot start: {why}");
    Environment.ExitCode = 2;
}

// Options validation throws one exception per options class, gathered when more than one fails.
static List<string> SettingFailures(Exception ex) => ex switch
{
    OptionsValidationException invalid => [.. invalid.Failures],
    AggregateException all when all.InnerExceptions.All(e => e is OptionsValidationException) =>
        [.. all.InnerExceptions.SelectMany(SettingFailures)],
    _ => [],
};

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
