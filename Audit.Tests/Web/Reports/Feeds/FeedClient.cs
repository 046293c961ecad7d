using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Reporting.Feeds;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Tests.Web.Reports.Feeds;

/// <summary>What Power BI or Excel does: plain HTTP with no cookies, a token in the Authorization header.</summary>
public static class FeedClient
{
    public static HttpClient For(AuditAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    /// <summary>HTTP Basic with any user name and the token as the password, as Power BI's OData connector sends it.</summary>
    public static AuthenticationHeaderValue Basic(string token, string userName = "power-bi") =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{token}")));

    public static async Task<HttpResponseMessage> GetAsync(AuditAppFactory app, string url, AuthenticationHeaderValue? authorization)
    {
        using var client = For(app);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Authorization = authorization;
        return await client.SendAsync(request);
    }

    /// <summary>The rows ("value") of an OData JSON answer.</summary>
    public static async Task<IReadOnlyList<JsonElement>> RowsAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("value").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    /// <summary>Issues a token through the app's service, as the QA lead's page does, and returns the token itself.</summary>
    public static Task<string> IssueAsync(AuditAppFactory app, TestStaff owner, TestStaff issuer, int validDays = 30) =>
        app.InScopeAsync(async sp =>
        {
            var clock = sp.GetRequiredService<TimeProvider>();
            var result = await sp.GetRequiredService<AccessTokens>().IssueAsync(
                new IssueAccessToken(owner.Id, "Power BI", UkTime.Today(clock).AddDays(validDays)), issuer.Id, new CommandResult());
            Assert.True(result.Succeeded, string.Join("; ", result.Outcome.Errors.Select(e => e.Value)));
            return result.Value!.Token;
        });
}
