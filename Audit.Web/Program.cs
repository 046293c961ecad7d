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

builder.Services
    .AddAuditData(builder.Configuration, builder.Environment.ContentRootPath)
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
