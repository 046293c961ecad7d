using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Hardening;

/// <summary>Names, references and single-line fields refuse line breaks, NUL and bidi overrides; multi-line text keeps its line breaks.</summary>
public sealed class ControlCharacterTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    public static TheoryData<string> Hostile => new() { "Jess\r\nBcc: all@council.example", "Jess\0Walker", "Jess \u202Eeciffo\u202C", "Jess \u2066Walker\u2069" };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Invite_WithAControlCharacterInTheName_IsRefused_AndInvitesNoOne(string name)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var form = await lead.GetPageAsync("/admin/staff/invite");
        var email = $"control.{Guid.NewGuid():N}@council.example";

        var (_, page) = await lead.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.FullName"] = name, ["Input.Email"] = email, ["Input.Roles[]"] = "Practitioner",
        });

        Assert.Single(page.ErrorSummary());
        Assert.Contains("hidden characters", page.ErrorSummary()[0], StringComparison.Ordinal);
        Assert.False(await app.DbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task AddCase_WithABidiOverrideInTheReference_IsRefused()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var form = await lead.GetPageAsync("/admin/cases/add");
        var reference = $"LCS-\u202E{Guid.NewGuid():N}"[..14];

        var (_, page) = await lead.SubmitAsync(form, new Dictionary<string, string> { ["Input.Reference"] = reference });

        Assert.Single(page.ErrorSummary());
        Assert.Contains("hidden characters", page.ErrorSummary()[0], StringComparison.Ordinal);
        Assert.False(await app.DbAsync(db => db.CaseFiles.AnyAsync(c => c.Reference == reference)));
    }

    [Fact]
    public async Task MultiLineText_KeepsItsLineBreaks_ButRefusesNul()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var form = await lead.GetPageAsync($"/audits/{scenario.AuditId}/cancel");

        var (_, refused) = await lead.SubmitAsync(form, new Dictionary<string, string> { ["Input.Reason"] = "Closed\0 case" });
        var (_, cancelled) = await lead.SubmitAsync(await lead.GetPageAsync($"/audits/{scenario.AuditId}/cancel"), new Dictionary<string, string> { ["Input.Reason"] = "Case closed.\r\nFamily moved away." });

        Assert.Single(refused.ErrorSummary());
        Assert.Contains("hidden characters", refused.ErrorSummary()[0], StringComparison.Ordinal);
        Assert.Equal("You have cancelled the audit", cancelled.SuccessBanner());
    }
}
