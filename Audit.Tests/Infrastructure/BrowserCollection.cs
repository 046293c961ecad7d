namespace Audit.Tests.Infrastructure;

/// <summary>
/// Browser journeys run one at a time: each starts the app on Kestrel and a Chromium, and several at once on a
/// two-core machine starve each other into time-outs.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection
{
    public const string Name = "Browser journeys";
}
