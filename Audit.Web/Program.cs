using Audit.Data;
using Audit.Web;
using Audit.Web.Infrastructure;
using Audit.Workflows;

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
    await Console.Error.WriteLineAsync($"Audit cannot start: {ex.Message}");
    Environment.ExitCode = 2;
    return;
}

builder.Services
    .AddAuditWorkflows(builder.Configuration)
    .AddAuditWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

// Command-line tasks (create-admin, seed-demo) run against the database and exit without serving requests.
if (await CommandLine.TryRunAsync(app, args))
{
    return;
}

await app.PrepareDatabaseAsync(args);
app.UseAuditWeb();
await app.RunAsync();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
