using System.Net;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Tests.Web.Hardening;
using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Extensions;

/// <summary>
/// Hostile values on the request and decision forms (seeded, so a failure repeats): never a 500, and a refused post
/// saves nothing.
/// </summary>
public sealed class ExtensionHostileInputTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    private const int Seed = 20261203;
    private const int Runs = 10;

    [Fact]
    public async Task HostileValues_OnTheRequestAndDecisionForms_NeverGiveA500_AndARefusalSavesNothing()
    {
        var random = new Random(Seed);
        var scenario = await AuditScenario.CreateAsync(app);
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        using var lead = await SignedInAsync(app, scenario.QaLead);

        for (var run = 0; run < Runs; run++)
        {
            var before = await Requests(scenario);
            var values = Values(random, "Input.DueDate.Day", "Input.DueDate.Month", "Input.DueDate.Year", "Input.Reason");
            var form = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/extension/request");
            if (form.QuerySelector("main form") is not null)
            {
                var (response, page) = await auditor.SubmitAsync(form, values);
                Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"Request answered 500 on run {run} of seed {Seed}");
                if (page.SuccessBanner() is null)
                {
                    Assert.Equal(before, await Requests(scenario));
                }
            }

            if (!await app.DbAsync(db => db.ExtensionRequests.AnyAsync(r => r.CaseAuditId == scenario.AuditId && r.Status == ExtensionRequestStatus.Open)))
            {
                await auditor.AskAsync(scenario, (await scenario.AuditAsync()).DueDate.AddDays(7));
            }

            var decision = Values(random, "Input.Decision", "Input.Reason");
            var decideForm = await lead.GetPageAsync($"/audits/{scenario.AuditId}/extension");
            var audit = await scenario.AuditAsync();
            var (decided, decidedPage) = await lead.SubmitAsync(decideForm, decision);
            Assert.True(decided.StatusCode != HttpStatusCode.InternalServerError, $"Decision answered 500 on run {run} of seed {Seed}");
            if (decidedPage.SuccessBanner() is null)
            {
                var after = await scenario.AuditAsync();
                Assert.Equal((audit.Version, audit.DueDate), (after.Version, after.DueDate));
                Assert.Equal(1, await app.DbAsync(db => db.ExtensionRequests.CountAsync(r => r.CaseAuditId == scenario.AuditId && r.Status == ExtensionRequestStatus.Open)));
            }
        }
    }

    private Task<int> Requests(AuditScenario scenario) =>
        app.DbAsync(db => db.ExtensionRequests.CountAsync(r => r.CaseAuditId == scenario.AuditId));

    private static Dictionary<string, string> Values(Random random, params string[] fields) =>
        fields.ToDictionary(f => f, _ => HostileValues.Next(random));
}
