using System.Globalization;
using System.Text;
using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Imports;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Benchmarks;

/// <summary>
/// The case-list import (<see cref="CaseListImport.ImportAsync"/>, as the import page and <c>import-cases</c> call it)
/// of a generated 50,000-row valid CSV: into a database with teams and practitioners but no cases (50,000 inserts),
/// and again over the same 50,000 cases with every row's status changed (50,000 updates). Each iteration starts from
/// a fresh copy of the prepared database. Target in issue 10: a 50,000-row import completes.
/// </summary>
[Config(typeof(ShortImportJob))]
[MemoryDiagnoser]
public class ImportBenchmarks
{
    public const int Rows = 50_000;
    private const int Teams = 4;
    private const int PractitionersPerTeam = 5;

    private AuditAppFactory app = default!;
    private DatabaseSnapshot empty = default!;
    private DatabaseSnapshot imported = default!;
    private byte[] openCases = default!;
    private byte[] closedCases = default!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        app = new AuditAppFactory();

        for (var t = 1; t <= Teams; t++)
        {
            var team = await TestData.ATeam().Named($"Team {t}").CreateAsync(app);
            for (var p = 1; p <= PractitionersPerTeam; p++)
            {
                var practitioner = await TestData.AStaffMember().WithRoles(Roles.Practitioner).InTeam(team.TeamId).CreateAsync(app);
                var staffNumber = StaffNumber(t, p);
                await app.DbAsync(db => db.Users.Where(u => u.Id == practitioner.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.StaffNumber, staffNumber)));
            }
        }

        openCases = Csv(status: "open");
        closedCases = Csv(status: "closed");
        if (closedCases.Length > CaseListImport.Limits.MaxBytes)
        {
            throw new InvalidOperationException($"The generated file is {closedCases.Length:N0} bytes, over the import's limit");
        }

        var connectionString = await app.DbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        empty = new DatabaseSnapshot(connectionString, Path.Combine(app.Folder, "prepared-empty.db"));
        imported = new DatabaseSnapshot(connectionString, Path.Combine(app.Folder, "prepared-imported.db"));
        empty.Take();
        Expect(await ImportAsync(openCases), added: Rows, updated: 0);
        imported.Take();
    }

    [GlobalCleanup]
    public void Cleanup() => app.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(FirstImport))]
    public void BeforeFirstImport() => empty.Restore();

    [IterationSetup(Target = nameof(ReImport))]
    public void BeforeReImport() => imported.Restore();

    [Benchmark(Description = "Import 50,000 new cases (inserts)")]
    public async Task<int> FirstImport() => Expect(await ImportAsync(openCases), added: Rows, updated: 0);

    [Benchmark(Description = "Re-import 50,000 changed cases (updates)")]
    public async Task<int> ReImport() => Expect(await ImportAsync(closedCases), added: 0, updated: Rows);

    private async Task<CaseImportSummary> ImportAsync(byte[] file)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var stream = new MemoryStream(file, writable: false);
        return await scope.ServiceProvider.GetRequiredService<CaseListImport>().ImportAsync(stream, "cases.csv", validRowsOnly: false, actorId: null);
    }

    /// <summary>Short rows (staff numbers, not emails) so 50,000 of them stay well inside the 10 MB limit.</summary>
    private static byte[] Csv(string status)
    {
        var csv = new StringBuilder("case_reference,case_type,team,worker,start_date,status\n");
        for (var i = 1; i <= Rows; i++)
        {
            var team = (i % Teams) + 1;
            var practitioner = (i / Teams % PractitionersPerTeam) + 1;
            csv.Append(CultureInfo.InvariantCulture, $"LCS-{i:D6},Child in need,Team {team},{StaffNumber(team, practitioner)},2024-01-15,{status}\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string StaffNumber(int team, int practitioner) => $"S{team}{practitioner:D2}";

    private static int Expect(CaseImportSummary summary, int added, int updated)
    {
        if (summary.Added != added || summary.Updated != updated || summary.Problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"Import added {summary.Added} and updated {summary.Updated} (expected {added} and {updated}); "
                + string.Join("; ", summary.Problems.Take(5).Select(p => $"row {p.Row}: {p.Message}")));
        }

        return summary.Added + summary.Updated;
    }
}
