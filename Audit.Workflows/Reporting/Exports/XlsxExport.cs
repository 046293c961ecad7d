using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Audit.Workflows.Reporting.Exports;

/// <summary>Report tables as an Excel workbook: one worksheet per table, a bold header row, numbers as numbers.</summary>
public static class XlsxExport
{
    public static byte[] Write(IReadOnlyList<ReportTable> tables)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint id = 1;
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var table in tables)
            {
                var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.Append(HeaderRow(table.Columns));
                foreach (var row in table.Rows)
                {
                    data.Append(new Row(row.Select(Cell)));
                }

                sheetPart.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = id++, Name = SheetName(table.Title, used) });
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row HeaderRow(IEnumerable<string> columns) =>
        new(columns.Select(c => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(c)), StyleIndex = 1 }));

    private static Cell Cell(object value) => value is int n
        ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(n) }
        : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(ReportTable.Text(value))) };

    /// <summary>Excel sheet names: at most 31 characters, none of []:*?/\, unique in the workbook.</summary>
    private static string SheetName(string title, HashSet<string> used)
    {
        var name = new string(title.Where(c => !"[]:*?/\\".Contains(c, StringComparison.Ordinal)).ToArray());
        name = name.Length > 31 ? name[..31] : name;
        var candidate = name;
        for (var i = 2; !used.Add(candidate); i++)
        {
            var suffix = $" {i}";
            candidate = (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
        }

        return candidate;
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
}
