namespace Audit.Web.Infrastructure;

/// <summary>
/// The GOV.UK pagination component's model: the current page, how many there are, and how to link to one. Shows the
/// first and last pages and those either side of the current one, with ellipses between.
/// </summary>
public sealed class Pagination(int page, int pageCount, Func<int, string> url)
{
    public int Page { get; } = page;
    public int PageCount { get; } = pageCount;
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;

    public string Url(int number) => url(number);

    /// <summary>Page numbers to show in order; null marks a gap shown as an ellipsis.</summary>
    public IReadOnlyList<int?> Items()
    {
        var shown = Enumerable.Range(1, PageCount)
            .Where(n => n == 1 || n == PageCount || Math.Abs(n - Page) <= 1)
            .ToList();
        var items = new List<int?>();
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0 && shown[i] - shown[i - 1] > 1)
            {
                items.Add(null);
            }

            items.Add(shown[i]);
        }

        return items;
    }

    /// <summary>Pages of the current address: every filter and sort in its query string is kept, only the page changes.</summary>
    public static Pagination ForRequest(HttpRequest request, int page, int pageCount) =>
        new(page, pageCount, number =>
        {
            var query = request.Query.Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase))
                .SelectMany(q => q.Value.Select(v => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(v ?? string.Empty)))
                .ToList();
            if (number > 1)
            {
                query.Add("page=" + number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return query.Count == 0 ? request.Path.Value! : request.Path.Value + "?" + string.Join('&', query);
        });

    /// <summary>Reads a page number from the query string; anything unusable is page 1.</summary>
    public static int ParsePageNumber(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= 1 ? number : 1;
}
