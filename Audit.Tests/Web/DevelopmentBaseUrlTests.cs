using Audit.Tests.Infrastructure;
using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Audit.Tests.Web;

public sealed class DevelopmentBaseUrlTests
{
    [Theory]
    [InlineData(null, "http://localhost:5080")]
    [InlineData("", "http://localhost:5080")]
    [InlineData("http://localhost:5123", "http://localhost:5123")]
    [InlineData("http://*:8080;https://localhost:8443", "http://localhost:8080")]
    [InlineData("http://0.0.0.0:7000", "http://localhost:7000")]
    [InlineData("http://[::]:7001", "http://localhost:7001")]
    [InlineData("https://+:9443/", "https://localhost:9443")]
    [InlineData("not a url", "http://localhost:5080")]
    public void From_TakesTheFirstListeningAddress_WithWildcardsReadAsLocalhost(string? urls, string expected)
    {
        Assert.Equal(expected, DevelopmentBaseUrl.From(urls));
    }

    [Fact]
    public async Task InDevelopment_WithNoBaseUrlConfigured_EmailLinksUseTheAddressTheAppListensOn()
    {
        await using var app = new AuditAppFactory().With("environment", "Development").With("Audit:BaseUrl", null).With("urls", "http://localhost:5999");

        var baseUrl = app.Services.GetRequiredService<IOptions<AppOptions>>().Value.BaseUrl;

        Assert.Equal("http://localhost:5999", baseUrl);
    }

    [Fact]
    public async Task AConfiguredBaseUrl_IsKept()
    {
        await using var app = new AuditAppFactory().With("environment", "Development").With("Audit:BaseUrl", "https://audit.council.example").With("urls", "http://localhost:5999");

        var baseUrl = app.Services.GetRequiredService<IOptions<AppOptions>>().Value.BaseUrl;

        Assert.Equal("https://audit.council.example", baseUrl);
    }
}
