using Audit.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Audit.Tests.Notifications;

/// <summary>A claim must cover a whole send and the save that marks it sent; start-up refuses one that cannot.</summary>
public sealed class OutboxClaimOptionsTests
{
    [Theory]
    [InlineData("30", "30", "10")]
    [InlineData("40", "30", "10")]
    [InlineData("20", "3", "17")]
    public async Task Startup_WithAClaimTooShortForASendAndItsSave_FailsNamingTheSettings(string claim, string timeout, string margin)
    {
        await using var app = new AuditAppFactory().With("Email:ClaimSeconds", claim).With("Email:Smtp:TimeoutSeconds", timeout)
            .With("Email:ClaimSaveMarginSeconds", margin);

        var failure = Assert.ThrowsAny<OptionsValidationException>(() => app.Services);

        Assert.Contains("Email:ClaimSeconds must be longer than Email:Smtp:TimeoutSeconds plus Email:ClaimSaveMarginSeconds", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public async Task Startup_WithoutABoundedSmtpTimeout_FailsNamingTheSetting(string timeout)
    {
        await using var app = new AuditAppFactory().With("Email:Smtp:TimeoutSeconds", timeout);

        var failure = Assert.ThrowsAny<OptionsValidationException>(() => app.Services);

        Assert.Contains("Email:Smtp:TimeoutSeconds must be between 1 and 600 seconds", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_WithAClaimThatCoversASendAndItsSave_Starts()
    {
        await using var app = new AuditAppFactory().With("Email:ClaimSeconds", "20").With("Email:Smtp:TimeoutSeconds", "3")
            .With("Email:ClaimSaveMarginSeconds", "10");

        Assert.NotNull(app.Services);
    }
}
