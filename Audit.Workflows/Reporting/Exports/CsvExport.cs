using CsvHelper;

namespace Audit.Workflows.Reporting.Exports;

/// <summary>
/// A report table as CSV: UTF-8 with a byte order mark (so Excel reads it as UTF-8), a header row, RFC 4180 quoting,
/// and text that starts like a formula escaped so a spreadsheet never runs it.
/// </summary>
public static class CsvExport
{
    private static readonly CsvWriterOptions Options = new() { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    public static byte[] Write(ReportTable table)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, true))
        {
            csv.WriteRecord([.. table.Columns]);
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                {
                    if (cell is int number)
                    {
                        csv.WriteField(number, default);
                    }
                    else
                    {
                        csv.WriteField(ReportTable.Text(cell));
                    }
                }

                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }
}
