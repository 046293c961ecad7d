namespace Audit.Web.Pages.Audits.Record;

/// <summary>A summary card on check answers: its rows, and where "Change" goes (none when read-only).</summary>
public sealed record CheckCard(string Key, string Title, string? ChangeHref, IReadOnlyList<(string Key, string Value)> Rows);
