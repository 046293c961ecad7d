using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Audit.Workflows.Imports;

/// <summary>A problem with an imported file: the whole file (no row) or one cell, numbered as a spreadsheet shows it.</summary>
public sealed record ImportProblem(int? Row, string? Column, string Message)
{
    public override string ToString() => Row is { } row ? $"Row {row.ToString(CultureInfo.InvariantCulture)}: {Message}" : Message;
}

/// <summary>How big a file an import accepts.</summary>
public sealed record CsvLimits(int MaxRows, long MaxBytes)
{
    public string MaxBytesText => MaxBytes >= 1024 * 1024
        ? $"{(MaxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} MB"
        : $"{(MaxBytes / 1024).ToString(CultureInfo.InvariantCulture)} KB";
}

/// <summary>One data row: its spreadsheet row number (the header is row 1) and its cells by column name.</summary>
public sealed class CsvRow(int number, IReadOnlyDictionary<string, int> columns, string[] cells)
{
    public int Number { get; } = number;

    /// <summary>The trimmed cell in the named column, or null when the column is absent or the cell is blank.</summary>
    public string? this[string column] =>
        columns.TryGetValue(column, out var index) && index < cells.Length && !string.IsNullOrWhiteSpace(cells[index]) ? cells[index].Trim() : null;
}

/// <summary>
/// Reads a CSV export (UTF-8, comma-separated, RFC 4180 quoting, a header row) for any import: columns are matched
/// by name in any order ("Case reference", "case-reference" and "case_reference" are the same column), unknown
/// columns are ignored, and a file that is too big, not CSV or not UTF-8 is refused with the reason and the limit.
/// </summary>
public static class CsvTable
{
    public static async Task<(IReadOnlyList<CsvRow> Rows, IReadOnlyList<ImportProblem> Problems)> ReadAsync(
        Stream file, string? fileName, CsvLimits limits, IReadOnlyList<string> requiredColumns, CancellationToken cancellationToken = default)
    {
        if (fileName is not null && !string.Equals(Path.GetExtension(fileName), ".csv", StringComparison.OrdinalIgnoreCase))
        {
            return Refused("The selected file must be a CSV file (.csv)");
        }

        var bytes = await ReadBoundedAsync(file, limits.MaxBytes, cancellationToken);
        if (bytes is null)
        {
            return Refused($"The selected file must be smaller than {limits.MaxBytesText}");
        }

        if (bytes.Length == 0)
        {
            return Refused("The selected file is empty");
        }

        if (LooksBinary(bytes))
        {
            return Refused("The selected file must be a CSV file: save the spreadsheet as \"CSV UTF-8 (comma delimited)\"");
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Refused("The selected file must be saved as UTF-8: in Excel choose \"CSV UTF-8 (comma delimited)\"");
        }

        return Parse(text.TrimStart('\uFEFF'), limits, requiredColumns);
    }

    /// <summary>"Case Reference", "case-reference" and "case_reference" name the same column.</summary>
    public static string ColumnKey(string header) =>
        string.Join('_', header.Trim().ToLowerInvariant().Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries));

    private static (IReadOnlyList<CsvRow>, IReadOnlyList<ImportProblem>) Parse(string text, CsvLimits limits, IReadOnlyList<string> requiredColumns)
    {
        var problems = new List<ImportProblem>();
        var rows = new List<CsvRow>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            DetectDelimiter = false,
            IgnoreBlankLines = true,
            MissingFieldFound = null,
            HeaderValidated = null,
            BadDataFound = args => problems.Add(new ImportProblem(args.Context.Parser?.Row, null, "a quotation mark is out of place: put quotes around the whole cell and double any quote inside it")),
        };
        using var reader = new CsvReader(new StringReader(text), config);
        if (!reader.Read() || !reader.ReadHeader() || reader.HeaderRecord is not { Length: > 0 } header)
        {
            return Refused("The selected file is empty");
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            columns.TryAdd(ColumnKey(header[i]), i);
        }

        var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return Refused($"The first row must name the columns: {string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} missing");
        }

        while (reader.Read())
        {
            var cells = reader.Parser.Record ?? [];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (rows.Count == limits.MaxRows)
            {
                return Refused($"The selected file has more than {limits.MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows: split it into smaller files");
            }

            rows.Add(new CsvRow(reader.Parser.Row, columns, cells));
        }

        return (rows, problems);
    }

    /// <summary>The whole stream, or null when it is longer than the limit.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream file, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await file.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>A spreadsheet (.xlsx is a zip), a PDF or any file with NUL bytes is not a CSV export.</summary>
    private static bool LooksBinary(byte[] bytes) =>
        bytes.AsSpan(0, Math.Min(bytes.Length, 8192)).Contains((byte)0)
        || bytes.AsSpan().StartsWith("PK\u0003\u0004"u8)
        || bytes.AsSpan().StartsWith("%PDF"u8);

    private static (IReadOnlyList<CsvRow>, IReadOnlyList<ImportProblem>) Refused(string message) => ([], [new ImportProblem(null, null, message)]);
}
