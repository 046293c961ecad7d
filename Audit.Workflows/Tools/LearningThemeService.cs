using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Tools;

/// <summary>A learning theme as the QA lead sees it, with how many audits are tagged with it.</summary>
public sealed record LearningThemeItem(int Id, string Name, bool IsActive, int AuditCount);

/// <summary>
/// The learning themes audits are tagged with. Themes are retired rather than deleted: a retired theme stays on the
/// audits that have it (reports still count it) but cannot be chosen for new ones.
/// </summary>
public sealed class LearningThemeService(AuditDbContext db)
{
    public const int NameMaxLength = Limits.OrganisationName;

    /// <summary>Every theme, active ones first, then by name.</summary>
    public async Task<IReadOnlyList<LearningThemeItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        var themes = await db.LearningThemes.AsNoTracking()
            .Select(t => new LearningThemeItem(t.Id, t.Name, t.IsActive, db.AuditThemes.Count(a => a.LearningThemeId == t.Id)))
            .ToListAsync(cancellationToken);
        return themes.OrderByDescending(t => t.IsActive).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The themes an auditor may choose for an audit now.</summary>
    public async Task<IReadOnlyList<LearningTheme>> ChoosableAsync(CancellationToken cancellationToken = default) =>
        (await db.LearningThemes.AsNoTracking().Where(t => t.IsActive).ToListAsync(cancellationToken))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public Task<LearningTheme?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.LearningThemes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    public async Task<CommandResult<LearningTheme>> AddAsync(string? name, CancellationToken cancellationToken = default)
    {
        var errors = await ValidateAsync(name, null, cancellationToken);
        if (!errors.Succeeded)
        {
            return CommandResult<LearningTheme>.Failure(errors);
        }

        var theme = new LearningTheme { Name = name!.Trim() };
        db.LearningThemes.Add(theme);
        return await SaveAsync(theme, name, cancellationToken);
    }

    public async Task<CommandResult<LearningTheme>> RenameAsync(int id, string? name, CancellationToken cancellationToken = default)
    {
        var theme = await db.LearningThemes.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (theme is null)
        {
            return CommandResult<LearningTheme>.Failure(string.Empty, "The theme could not be found");
        }

        var errors = await ValidateAsync(name, id, cancellationToken);
        if (!errors.Succeeded)
        {
            return CommandResult<LearningTheme>.Failure(errors);
        }

        theme.Name = name!.Trim();
        return await SaveAsync(theme, name, cancellationToken);
    }

    /// <summary>Retires a theme (it can no longer be chosen) or restores it.</summary>
    public async Task<CommandResult<LearningTheme>> SetActiveAsync(int id, bool active, CancellationToken cancellationToken = default)
    {
        var theme = await db.LearningThemes.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (theme is null)
        {
            return CommandResult<LearningTheme>.Failure(string.Empty, "The theme could not be found");
        }

        theme.IsActive = active;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<LearningTheme>.Success(theme);
    }

    private async Task<CommandResult> ValidateAsync(string? name, int? exceptId, CancellationToken cancellationToken)
    {
        var value = name?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return CommandResult.Failure("Name", "Enter a name for the theme");
        }

        if (value.Length > NameMaxLength)
        {
            return CommandResult.Failure("Name", $"Theme name must be {NameMaxLength} characters or fewer");
        }

        // Compared in .NET: SQLite's NOCASE and lower() only fold ASCII. There are tens of themes, not thousands.
        var names = await db.LearningThemes.AsNoTracking().Where(t => t.Id != exceptId).Select(t => t.Name).ToListAsync(cancellationToken);
        return names.Any(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase))
            ? CommandResult.Failure("Name", DuplicateMessage(value))
            : CommandResult.Success;
    }

    private async Task<CommandResult<LearningTheme>> SaveAsync(LearningTheme theme, string? name, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult<LearningTheme>.Success(theme);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Someone added the same name at the same moment; the unique index kept one.
            db.ChangeTracker.Clear();
            return CommandResult<LearningTheme>.Failure("Name", DuplicateMessage(name!.Trim()));
        }
    }

    private static string DuplicateMessage(string name) => $"A theme called {name} already exists";
}
