namespace Audit.Tests.Infrastructure;

/// <summary>
/// Browser journeys run one at a time: each starts the app on Kestrel and a Chromium, and several at once on a
/// two-core machine starve each other into time-outs. Every test in the collection keeps its traces, screenshots
/// and app log when it fails (<see cref="FailureEvidence"/>).
/// </summary>
[CollectionDefinition(Name)]
[FailureEvidence.KeepOnFailure]
public sealed class BrowserCollection
{
    public const string Name = "Browser journeys";
}
