using System.Globalization;
using System.Net;
using System.Text.Json;
using Audit.Data.Models;
using Audit.Tests.Infrastructure;
using CsvHelper;

namespace Audit.Tests.Web.Reports.Feeds;

/// <summary>What the feeds answer: OData metadata and queries, the CSV files, and the token owner's scope.</summary>
public sealed class FeedDataTests : IAsyncLifetime
{
    private const int FeedPageSize = 1000;
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Metadata_IsServed_WithEveryEntitySet()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        var token = await FeedClient.IssueAsync(app, s.QaLead, s.QaLead);

        var response = await FeedClient.GetAsync(app, "/feeds/odata/$metadata", FeedClient.Basic(token));
        var xml = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        foreach (var set in new[] { "Audits", "Sections", "Actions", "ModerationOutcomes", "DipSampleBatches" })
        {
            Assert.Contains($"<EntitySet Name=\"{set}\"", xml, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Evidence", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("Description", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilterAndSelect_ReturnOnlyTheMatchingRows_AndTheChosenColumns()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        var token = await FeedClient.IssueAsync(app, s.QaLead, s.QaLead);

        var response = await FeedClient.GetAsync(app,
            "/feeds/odata/Audits?$filter=FinalGrade eq 'Inadequate' and GradeConfirmedAt ge 2026-02-01T00:00:00Z&$select=Reference,ServiceArea,FinalGrade&$orderby=Reference desc",
            FeedClient.Bearer(token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = await FeedClient.RowsAsync(response);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(["Reference", "ServiceArea", "FinalGrade"], r.EnumerateObject().Select(p => p.Name)));
        Assert.All(rows, r => Assert.Equal("Inadequate", r.GetProperty("FinalGrade").GetString()));
        Assert.Equal(2, rows.Count(r => r.GetProperty("ServiceArea").GetString() == s.OtherTeam.ServiceAreaName));
        var references = rows.Select(r => r.GetProperty("Reference").GetString()!).ToList();
        Assert.Equal(references.OrderDescending(StringComparer.Ordinal), references);
        Assert.All(references, r => Assert.Matches(@"^AUD-\d{6}$", r));
    }

    [Fact]
    public async Task Top_LimitsTheRows_AndTheCountIsOfEveryRow()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        var token = await FeedClient.IssueAsync(app, s.QaLead, s.QaLead);

        var response = await FeedClient.GetAsync(app, "/feeds/odata/Sections?$top=2&$count=true", FeedClient.Bearer(token));

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, json.RootElement.GetProperty("value").GetArrayLength());
        Assert.Equal(12, json.RootElement.GetProperty("@odata.count").GetInt32());
    }

    [Fact]
    public async Task TopAboveTheLimit_IsRefused()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        var token = await FeedClient.IssueAsync(app, s.QaLead, s.QaLead);

        var response = await FeedClient.GetAsync(app, "/feeds/odata/Audits?$top=1000000", FeedClient.Bearer(token));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Answers_ComeAThousandRowsAPage_WithALinkToTheNext()
    {
        var s = await Builders.ReportScenario.CreateAsync(app);
        await app.DbAsync(db =>
        {
            for (var i = 0; i < FeedPageSize + 1; i++)
            {
                db.CaseAudits.Add(new CaseAudit
                {
                    CaseFile = new CaseFile { Reference = $"LCS-{i:D6}", CaseType = CaseType.ChildInNeed, TeamId = s.Team.TeamId, PractitionerId = s.Practitioner.Id, CreatedAt = DateTimeOffset.UtcNow },
                    AuditorId = s.Auditor.Id,
                    State = AuditState.Closed,
                    DueDate = new DateOnly(2026, 1, 1),
                    AllocatedAt = DateTimeOffset.UtcNow,
                });
            }

            return db.SaveChangesAsync();
        });
        var token = await FeedClient.IssueAsync(app, s.QaLead, s.QaLead);

        using var first = JsonDocument.Parse(await (await FeedClient.GetAsync(app, "/feeds/odata/Audits?$select=Id", FeedClient.Bearer(token))).Content.ReadAsStringAsync());
        var next = new Uri(first.RootElement.GetProperty("@odata.nextLink").GetString()!);
        var second = await FeedClient.RowsAsync(await FeedClient.GetAsync(app, next.PathAndQuery, FeedClient.Bearer(token)));

        Assert.Equal(FeedPageSize, first.RootElement.GetProperty("value").GetArrayLength());
        Assert.Single(second);
    }

    [Fact]
    public async Task AServiceManagersToken_SeesOnlyTheirServiceArea()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        var token = await FeedClient.IssueAsync(app, s.ServiceManager, s.QaLead);

        var audits = await FeedClient.RowsAsync(await FeedClient.GetAsync(app, "/feeds/odata/Audits", FeedClient.Bearer(token)));
        var moderation = await FeedClient.RowsAsync(await FeedClient.GetAsync(app, "/feeds/odata/ModerationOutcomes", FeedClient.Bearer(token)));
        var csv = await CsvRowsAsync(await FeedClient.GetAsync(app, "/feeds/csv/audits", FeedClient.Bearer(token)));

        Assert.Equal(10, audits.Count);
        Assert.All(audits, r => Assert.Equal(s.Team.ServiceAreaName, r.GetProperty("ServiceArea").GetString()));
        Assert.Equal(2, moderation.Count);
        Assert.All(moderation, r => Assert.Equal(s.Team.ServiceAreaName, r.GetProperty("ServiceArea").GetString()));
        Assert.Equal(10, csv.Count);
        Assert.All(csv, r => Assert.Equal(s.Team.ServiceAreaName, r["ServiceArea"]));
    }

    [Fact]
    public async Task Moderation_SaysWhichWayTheGradeMoved()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        var token = await FeedClient.IssueAsync(app, s.QaLead, s.QaLead);

        var rows = await FeedClient.RowsAsync(await FeedClient.GetAsync(app, "/feeds/odata/ModerationOutcomes?$orderby=Id", FeedClient.Bearer(token)));

        Assert.Equal(
            [("Good", "Inadequate", "Lowered"), ("Good", "Good", "Agreed"), ("Inadequate", "Inadequate", "Agreed"), ("Inadequate", "Inadequate", "Agreed")],
            rows.Select(r => (r.GetProperty("AuditorGrade").GetString(), r.GetProperty("ModeratedGrade").GetString(), r.GetProperty("Outcome").GetString())));
        Assert.Equal(["Avery Auditor", "Avery Auditor", "Blake Auditor", "Blake Auditor"], rows.Select(r => r.GetProperty("Auditor").GetString()));
    }

    [Theory]
    [InlineData("audits", "Audits")]
    [InlineData("sections", "Sections")]
    [InlineData("actions", "Actions")]
    [InlineData("moderation", "ModerationOutcomes")]
    public async Task Csv_ParsesBackToTheODataRows(string csvSet, string odataSet)
    {
        var s = await ReportPagesTests.SeedAsync(app);
        await AddActionAsync(s);
        var token = await FeedClient.IssueAsync(app, s.QaLead, s.QaLead);

        var csvResponse = await FeedClient.GetAsync(app, $"/feeds/csv/{csvSet}", FeedClient.Basic(token));
        var csv = await CsvRowsAsync(csvResponse);
        var odata = await FeedClient.RowsAsync(await FeedClient.GetAsync(app, $"/feeds/odata/{odataSet}?$orderby=Id", FeedClient.Bearer(token)));

        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"audit-feed-{csvSet}.csv", csvResponse.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.NotEmpty(csv);
        Assert.Equal(odata.Count, csv.Count);
        for (var i = 0; i < csv.Count; i++)
        {
            Assert.Equal(odata[i].EnumerateObject().Select(p => p.Name), csv[i].Keys);
            Assert.Equal(odata[i].EnumerateObject().Select(p => Text(p.Value)), csv[i].Values);
        }
    }

    [Fact]
    public async Task Actions_GiveStatusAndDates_NeverWhatTheActionSays()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        await AddActionAsync(s);
        var token = await FeedClient.IssueAsync(app, s.QaLead, s.QaLead);

        var response = await FeedClient.GetAsync(app, "/feeds/odata/Actions", FeedClient.Bearer(token));
        var body = await response.Content.ReadAsStringAsync();

        var row = Assert.Single(await FeedClient.RowsAsync(response));
        Assert.Equal("Overdue", row.GetProperty("Status").GetString());
        Assert.Equal("2026-03-01", row.GetProperty("DueDate").GetString());
        Assert.DoesNotContain("Secret action text", body, StringComparison.Ordinal);
    }

    private Task<int> AddActionAsync(Builders.ReportScenario s) =>
        app.DbAsync(async db =>
        {
            var audit = db.CaseAudits.OrderBy(a => a.Id).First();
            db.AuditActions.Add(new AuditAction
            {
                CaseAuditId = audit.Id,
                Description = "Secret action text about the child",
                OwnerId = s.Auditor.Id,
                For = ActionFor.Child,
                DueDate = new DateOnly(2026, 3, 1),
                CreatedAt = Builders.ReportScenario.At(new DateOnly(2026, 2, 10)),
            });
            return await db.SaveChangesAsync();
        });

    /// <summary>An OData JSON value written as the CSV writes it.</summary>
    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => string.Empty,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.String when DateTimeOffset.TryParseExact(value.GetString(), "yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };

    private static async Task<IReadOnlyList<Dictionary<string, string>>> CsvRowsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var csv = new CsvReader(new StreamReader(await response.Content.ReadAsStreamAsync(), System.Text.Encoding.UTF8), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.Select((h, i) => (h, csv.GetField(i) ?? string.Empty)).ToDictionary(x => x.h, x => x.Item2));
        }

        return rows;
    }
}
