using Audit.Data;
using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Programme;

/// <summary>A theme a thematic dip sample can look at: a published dip-sample tool version (<see cref="Current"/>: not yet replaced).</summary>
public sealed record DipSampleTheme(int ToolVersionId, string Theme, int Number, bool Current);

/// <summary>
/// The themes of thematic dip samples. Each dip-sample tool version holds one theme's questions, the theme named in
/// its notes ("Theme: the voice of the child").
/// </summary>
public static class DipSampleThemes
{
    private const string Prefix = "Theme:";

    /// <summary>"the voice of the child" from "Theme: the voice of the child"; a version with no notes is named by its number.</summary>
    public static string Of(string? notes, int number)
    {
        var text = notes?.Trim() ?? string.Empty;
        if (text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            text = text[Prefix.Length..].Trim();
        }

        return text.Length == 0 ? $"version {number}" : text;
    }

    /// <summary>
    /// The dip-sample versions ever published, newest first: the themes a batch may be started on. Publishing a new
    /// version retires the one before, but for a dip sample each version is a theme, so an earlier theme can be sampled
    /// again; a draft never can.
    /// </summary>
    public static async Task<IReadOnlyList<DipSampleTheme>> PublishedAsync(AuditDbContext db, CancellationToken cancellationToken = default) =>
        (await db.AuditToolVersions.AsNoTracking()
            .Where(v => v.Tool!.Kind == ToolKind.DipSample && v.Status != ToolVersionStatus.Draft)
            .OrderByDescending(v => v.Number).ThenByDescending(v => v.Id)
            .Select(v => new { v.Id, v.Notes, v.Number, v.Status })
            .ToListAsync(cancellationToken))
        .Select(v => new DipSampleTheme(v.Id, Of(v.Notes, v.Number), v.Number, v.Status == ToolVersionStatus.Published)).ToList();

    /// <summary>"The voice of the child" at the start of a name or heading.</summary>
    public static string Capitalised(string theme) => theme.Length == 0 ? theme : char.ToUpperInvariant(theme[0]) + theme[1..];
}
