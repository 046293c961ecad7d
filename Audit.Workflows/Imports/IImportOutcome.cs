namespace Audit.Workflows.Imports;

/// <summary>What every CSV import reports: rows read, every problem, and whether anything was imported.</summary>
public interface IImportOutcome
{
    int RowsRead { get; }
    IReadOnlyList<ImportProblem> Problems { get; }
    bool Imported { get; }
    bool Refused { get; }
    int RowsWithProblems { get; }
}
