using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Audit.Workflows.Reporting.Exports;

/// <summary>
/// A report table as CSV: UTF-8 with a byte order mark (so Excel reads it as UTF-8), a header row, RFC 4180 quoting,
/// and text that starts like a formula escaped so a spreadsheet never runs it.
/// </summary>
public static class CsvExport
{
    private static readonly CsvConfiguration Options = new(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };

    public static byte[] Write(ReportTable table)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, Options))
        {
            foreach (var column in table.Columns)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                {
                    if (cell is int number)
                    {
                        csv.WriteField(number.ToString(CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        csv.WriteField(ReportTable.Text(cell));
                    }
                }

                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }
}
