using System.Globalization;
using System.Net;
using Audit.Tests.Infrastructure;
using CsvHelper;

namespace Audit.Tests.Web.Reports.Feeds;

/// <summary>The thematic dip samples in the feeds: an OData entity set and a CSV file, within the token owner's scope.</summary>
public sealed class DipSampleFeedTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Metadata_HasTheDipSampleBatchesSet_AndFilterAndSelect_ReturnTheMatchingBatch()
    {
        var (s, batchId) = await DipSampleReportTests.SeedAsync(app);
        await DipSampleReportTests.AddOtherServiceAreaBatchAsync(app, s);
        var token = await FeedClient.IssueAsync(app, s.QaLead, s.QaLead);

        var metadata = await (await FeedClient.GetAsync(app, "/feeds/odata/$metadata", FeedClient.Basic(token))).Content.ReadAsStringAsync();
        var response = await FeedClient.GetAsync(app,
            "/feeds/odata/DipSampleBatches?$filter=Theme eq 'the voice of the child' and Completed ge 2&$select=Id,Name,Cycle,Audits,Completed",
            FeedClient.Bearer(token));

        Assert.Contains("<EntitySet Name=\"DipSampleBatches\"", metadata, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(await FeedClient.RowsAsync(response));
        Assert.Equal(["Id", "Name", "Cycle", "Audits", "Completed"], row.EnumerateObject().Select(p => p.Name));
        Assert.Equal((batchId, "Voice of the child, March 2026", "March 2026", 4, 3),
            (row.GetProperty("Id").GetInt32(), row.GetProperty("Name").GetString(), row.GetProperty("Cycle").GetString(),
                row.GetProperty("Audits").GetInt32(), row.GetProperty("Completed").GetInt32()));
    }

    [Fact]
    public async Task AServiceManagersToken_SeesOnlyTheBatchesOfTheirServiceArea_InODataAndCsv()
    {
        var (s, batchId) = await DipSampleReportTests.SeedAsync(app);
        var otherBatchId = await DipSampleReportTests.AddOtherServiceAreaBatchAsync(app, s);
        var mine = await FeedClient.IssueAsync(app, s.ServiceManager, s.QaLead);
        var theirs = await FeedClient.IssueAsync(app, s.OtherServiceManager, s.QaLead);

        var odata = await FeedClient.RowsAsync(await FeedClient.GetAsync(app, "/feeds/odata/DipSampleBatches", FeedClient.Bearer(mine)));
        var other = await FeedClient.RowsAsync(await FeedClient.GetAsync(app, "/feeds/odata/DipSampleBatches", FeedClient.Bearer(theirs)));
        var csvResponse = await FeedClient.GetAsync(app, "/feeds/csv/dip-sample-batches", FeedClient.Basic(mine));

        Assert.Equal([batchId], odata.Select(r => r.GetProperty("Id").GetInt32()));
        Assert.Equal([(otherBatchId, 2, 1)], other.Select(r => (r.GetProperty("Id").GetInt32(), r.GetProperty("Audits").GetInt32(), r.GetProperty("Completed").GetInt32())));
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("audit-feed-dip-sample-batches.csv", csvResponse.Content.Headers.ContentDisposition?.FileNameStar);
        using var csv = new CsvReader(new StreamReader(await csvResponse.Content.ReadAsStreamAsync()), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal(["Id", "Name", "Theme", "CycleId", "Cycle", "CycleMonth", "Audits", "Completed"], row.Keys);
        Assert.Equal([$"{batchId}", "Voice of the child, March 2026", "the voice of the child"], row.Values.Take(3).Select(v => v.ToString()));
        Assert.Equal(["2026-03-01", "4", "3"], row.Values.Skip(5).Select(v => v.ToString()));
    }
}
