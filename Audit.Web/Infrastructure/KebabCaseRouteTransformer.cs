using System.Text.RegularExpressions;

namespace Audit.Web.Infrastructure;

/// <summary>Turns page names into readable addresses: /Account/ForgotPassword becomes /account/forgot-password.</summary>
public sealed partial class KebabCaseRouteTransformer : IOutboundParameterTransformer
{
    public string? TransformOutbound(object? value) =>
        value is null ? null : WordBoundary().Replace(value.ToString()!, "$1-$2").ToLowerInvariant();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex WordBoundary();
}
