using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Audit.Workflows.Reporting.Exports;

/// <summary>A short section of sentences under a heading, each with a bold label above it.</summary>
public sealed record DocxSection(string Heading, IReadOnlyList<DocxEntry> Entries);

public sealed record DocxEntry(string Label, string Text);

/// <summary>
/// The period report as a Word document for a committee paper: a title, the committee paragraph, any sections (the
/// thematic dip samples), then the tables.
/// </summary>
public static class DocxExport
{
    public static byte[] Write(string title, IReadOnlyList<string> paragraph, IReadOnlyList<ReportTable> tables, IReadOnlyList<DocxSection>? sections = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Heading(title, "36"));
            foreach (var sentence in paragraph)
            {
                body.Append(Paragraph(sentence));
            }

            foreach (var section in sections ?? [])
            {
                body.Append(Heading(section.Heading, "28"));
                foreach (var entry in section.Entries)
                {
                    body.Append(Paragraph(entry.Label, bold: true));
                    body.Append(Paragraph(entry.Text));
                }
            }

            foreach (var table in tables)
            {
                body.Append(Heading(table.Title, "28"));
                body.Append(table.Rows.Count == 0 ? Paragraph("None in this period.") : Table(table));
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    // Run properties in the order the schema sets (fonts, bold, size): Word reports a file with them out of order as
    // unreadable content.
    private static Paragraph Heading(string text, string halfPoints) =>
        new(new Run(new RunProperties(Font(), new Bold(), new FontSize { Val = halfPoints }), new Text(text)));

    private static Paragraph Paragraph(string text, bool bold = false)
    {
        var properties = new RunProperties(Font());
        if (bold)
        {
            properties.AppendChild(new Bold());
        }

        return new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static RunFonts Font() => new() { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" };

    private static Table Table(ReportTable report)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        // Table properties, then the grid, in the schema's order.
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, border),
            new TableGrid(report.Columns.Select(_ => new GridColumn())));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(report.Columns.Select(c => new TableCell(Paragraph(c, bold: true))));
        table.Append(header);
        foreach (var row in report.Rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(Paragraph(ReportTable.Text(cell))))));
        }

        return table;
    }
}
