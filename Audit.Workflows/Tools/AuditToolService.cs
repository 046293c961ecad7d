using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Tools;

/// <summary>
/// What the QA lead does with audit tools: reads tools and their versions, makes a draft of a new version, edits it
/// and publishes it. A published version never changes — every edit command checks that here, whatever page or
/// request called it — because audits that started on it keep it.
/// </summary>
public sealed class AuditToolService(AuditDbContext db, TimeProvider clock)
{
    public const string PublishedMessage = "Published versions cannot be changed. Create a new draft instead.";
    public const string ConflictMessage = "This draft was changed by someone else — review and try again";
    public const string DraftExistsMessage = "There is already a draft of this tool";
    public const string NoSectionsMessage = "Add at least one section before publishing";
    public const string ScaleMissingMessage = "Select how audits with this version are graded";
    public const int TitleMaxLength = 200;
    public const int GuidanceMaxLength = Limits.ShortText;
    public const int NotesMaxLength = Limits.ShortText;

    // ---- Reading ----

    public async Task<IReadOnlyList<ToolSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var tools = await db.AuditTools.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var versions = await VersionSummariesAsync(db.AuditToolVersions, cancellationToken);
        return tools.Select(t => Summary(t, versions)).ToList();
    }

    public async Task<ToolSummary?> FindToolAsync(int toolId, CancellationToken cancellationToken = default)
    {
        var tool = await db.AuditTools.AsNoTracking().FirstOrDefaultAsync(t => t.Id == toolId, cancellationToken);
        return tool is null ? null : Summary(tool, await VersionSummariesAsync(db.AuditToolVersions.Where(v => v.AuditToolId == toolId), cancellationToken));
    }

    public async Task<ToolVersionDetails?> FindVersionAsync(int versionId, CancellationToken cancellationToken = default)
    {
        var version = await db.AuditToolVersions.AsNoTracking().Include(v => v.Tool).Include(v => v.Sections)
            .FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        if (version is null)
        {
            return null;
        }

        var auditCount = await db.CaseAudits.CountAsync(a => a.ToolVersionId == versionId, cancellationToken);
        var publishedBy = version.PublishedById is null ? null
            : await db.Users.Where(u => u.Id == version.PublishedById).Select(u => u.FullName).FirstOrDefaultAsync(cancellationToken);
        var sections = version.Sections.OrderBy(s => s.Position)
            .Select(s => new ToolSectionView(s.Id, s.Position, s.Title, s.Guidance, s.IsGraded, s.EvidenceRequired, s.AllowNotApplicable))
            .ToList();
        return new ToolVersionDetails(version.Id, version.AuditToolId, version.Tool!.Name, version.Number, version.Status, version.Notes,
            version.CreatedAt, version.PublishedAt, publishedBy, auditCount, sections, version.Version, version.Scale);
    }

    // ---- Drafts ----

    /// <summary>
    /// Starts the next version of a tool as a draft holding a copy of the latest version's sections, graded on the
    /// scale the QA lead chose. The scale is chosen only here: published versions, and the audits on them, keep theirs.
    /// </summary>
    public async Task<CommandResult<int>> CreateDraftAsync(int toolId, GradeScale? scale, string actorId, CancellationToken cancellationToken = default)
    {
        if (scale is not { } chosen || !Enum.IsDefined(chosen))
        {
            return CommandResult<int>.Failure("Scale", ScaleMissingMessage);
        }

        var tool = await db.AuditTools.Include(t => t.Versions).ThenInclude(v => v.Sections)
            .FirstOrDefaultAsync(t => t.Id == toolId, cancellationToken);
        if (tool is null)
        {
            return CommandResult<int>.Failure(string.Empty, "The audit tool could not be found");
        }

        if (tool.Versions.Any(v => v.Status == ToolVersionStatus.Draft))
        {
            return CommandResult<int>.Failure(string.Empty, DraftExistsMessage);
        }

        var latest = tool.Versions.MaxBy(v => v.Number);
        var draft = new AuditToolVersion
        {
            AuditToolId = tool.Id,
            Number = (latest?.Number ?? 0) + 1,
            Status = ToolVersionStatus.Draft,
            Notes = latest?.Notes,
            Scale = chosen,
            CreatedAt = clock.GetUtcNow(),
            CreatedById = actorId,
            Sections = latest?.Sections.OrderBy(s => s.Position).Select(s => new ToolSection
            {
                Position = s.Position,
                Title = s.Title,
                Guidance = s.Guidance,
                IsGraded = s.IsGraded,
                EvidenceRequired = s.EvidenceRequired,
                AllowNotApplicable = s.AllowNotApplicable,
            }).ToList() ?? [],
        };
        db.AuditToolVersions.Add(draft);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult<int>.Success(draft.Id);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Someone else made a draft at the same moment: the unique version number per tool lets only one through.
            db.ChangeTracker.Clear();
            return CommandResult<int>.Failure(string.Empty, DraftExistsMessage);
        }
    }

    public Task<CommandResult> UpdateNotesAsync(int versionId, int version, string? notes, CancellationToken cancellationToken = default) =>
        EditDraftAsync(versionId, version, cancellationToken, draft =>
        {
            var value = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
            if (value is { Length: > NotesMaxLength })
            {
                return CommandResult.Failure("Notes", $"Notes must be {NotesMaxLength} characters or fewer");
            }

            draft.Notes = value;
            return CommandResult.Success;
        });

    public Task<CommandResult> AddSectionAsync(int versionId, int version, SectionDetails details, CancellationToken cancellationToken = default) =>
        EditDraftAsync(versionId, version, cancellationToken, draft =>
        {
            var errors = Validate(details);
            if (!errors.Succeeded)
            {
                return errors;
            }

            var section = new ToolSection { Title = string.Empty, Position = draft.Sections.Count + 1 };
            Apply(details, section);
            draft.Sections.Add(section);
            return CommandResult.Success;
        });

    public Task<CommandResult> EditSectionAsync(int versionId, int version, int sectionId, SectionDetails details, CancellationToken cancellationToken = default) =>
        EditDraftAsync(versionId, version, cancellationToken, draft =>
        {
            if (draft.Sections.FirstOrDefault(s => s.Id == sectionId) is not { } section)
            {
                return CommandResult.Failure(string.Empty, "The section could not be found");
            }

            var errors = Validate(details);
            if (!errors.Succeeded)
            {
                return errors;
            }

            Apply(details, section);
            return CommandResult.Success;
        });

    public Task<CommandResult> RemoveSectionAsync(int versionId, int version, int sectionId, CancellationToken cancellationToken = default) =>
        EditDraftAsync(versionId, version, cancellationToken, draft =>
        {
            if (draft.Sections.FirstOrDefault(s => s.Id == sectionId) is not { } section)
            {
                return CommandResult.Failure(string.Empty, "The section could not be found");
            }

            draft.Sections.Remove(section);
            db.ToolSections.Remove(section);
            Renumber(draft.Sections.OrderBy(s => s.Position).ToList());
            return CommandResult.Success;
        });

    public Task<CommandResult> MoveSectionAsync(int versionId, int version, int sectionId, SectionMove move, CancellationToken cancellationToken = default) =>
        EditDraftAsync(versionId, version, cancellationToken, draft =>
        {
            var ordered = draft.Sections.OrderBy(s => s.Position).ToList();
            var index = ordered.FindIndex(s => s.Id == sectionId);
            if (index < 0)
            {
                return CommandResult.Failure(string.Empty, "The section could not be found");
            }

            var target = move == SectionMove.Up ? index - 1 : index + 1;
            if (target >= 0 && target < ordered.Count)
            {
                (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
            }

            Renumber(ordered);
            return CommandResult.Success;
        });

    /// <summary>
    /// Publishes the draft as the tool's current version. The version it replaces is retired: audits already using it
    /// keep it, and new audits get this one.
    /// </summary>
    public Task<CommandResult> PublishAsync(int versionId, int version, string actorId, CancellationToken cancellationToken = default) =>
        EditDraftAsync(versionId, version, cancellationToken, draft =>
        {
            if (draft.Sections.Count == 0)
            {
                return CommandResult.Failure(string.Empty, NoSectionsMessage);
            }

            var others = draft.Tool!.Versions.Where(v => v.Id != draft.Id).ToList();
            foreach (var previous in others.Where(v => v.Status == ToolVersionStatus.Published))
            {
                previous.Status = ToolVersionStatus.Retired;
            }

            draft.Number = others.Select(v => v.Number).DefaultIfEmpty(0).Max() + 1;
            draft.Status = ToolVersionStatus.Published;
            draft.PublishedAt = clock.GetUtcNow();
            draft.PublishedById = actorId;
            return CommandResult.Success;
        });

    /// <summary>Throws a draft away, with its sections. Published versions are kept for ever.</summary>
    public async Task<CommandResult> DiscardAsync(int versionId, int version, CancellationToken cancellationToken = default)
    {
        var draft = await db.AuditToolVersions.Include(v => v.Sections).FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        if (draft is null)
        {
            return CommandResult.Failure(string.Empty, "The version could not be found");
        }

        if (draft.Status != ToolVersionStatus.Draft || await db.CaseAudits.AnyAsync(a => a.ToolVersionId == versionId, cancellationToken))
        {
            return CommandResult.Failure(string.Empty, PublishedMessage);
        }

        db.Entry(draft).Property(v => v.Version).OriginalValue = version;
        db.AuditToolVersions.Remove(draft);
        return await SaveAsync(cancellationToken);
    }

    // ---- Rules ----

    /// <summary>
    /// Loads the version, refuses anything but a draft, applies the change, and saves it only if no one else changed
    /// the draft since the person loaded it.
    /// </summary>
    private async Task<CommandResult> EditDraftAsync(int versionId, int version, CancellationToken cancellationToken, Func<AuditToolVersion, CommandResult> apply)
    {
        var draft = await db.AuditToolVersions.Include(v => v.Sections).Include(v => v.Tool).ThenInclude(t => t!.Versions)
            .FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        if (draft is null)
        {
            return CommandResult.Failure(string.Empty, "The version could not be found");
        }

        if (draft.Status != ToolVersionStatus.Draft)
        {
            return CommandResult.Failure(string.Empty, PublishedMessage);
        }

        if (draft.Version != version)
        {
            return CommandResult.Conflict(ConflictMessage);
        }

        var result = apply(draft);
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            return result;
        }

        db.Entry(draft).Property(v => v.Version).OriginalValue = version;
        // Touch the version row so its concurrency token moves even when only its sections changed.
        if (db.Entry(draft).State == EntityState.Unchanged)
        {
            db.Entry(draft).State = EntityState.Modified;
        }

        return await SaveAsync(cancellationToken);
    }

    private async Task<CommandResult> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Conflict(ConflictMessage);
        }
    }

    private static CommandResult Validate(SectionDetails details)
    {
        var errors = new CommandResult();
        var title = details.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            errors.AddError(nameof(details.Title), "Enter a title for the section");
        }
        else if (title.Length > TitleMaxLength)
        {
            errors.AddError(nameof(details.Title), $"Title must be {TitleMaxLength} characters or fewer");
        }

        if (NormaliseGuidance(details.Guidance) is { Length: > GuidanceMaxLength })
        {
            errors.AddError(nameof(details.Guidance), $"Guidance prompts must be {GuidanceMaxLength} characters or fewer");
        }

        if (details.IsGraded is null)
        {
            errors.AddError(nameof(details.IsGraded), "Select yes if the section is graded");
        }

        if (details.EvidenceRequired is null)
        {
            errors.AddError(nameof(details.EvidenceRequired), "Select yes if the auditor must write evidence");
        }

        if (details.AllowNotApplicable is null)
        {
            errors.AddError(nameof(details.AllowNotApplicable), "Select yes if the auditor can answer not applicable");
        }

        return errors;
    }

    private static void Apply(SectionDetails details, ToolSection section)
    {
        section.Title = details.Title!.Trim();
        section.Guidance = NormaliseGuidance(details.Guidance);
        section.IsGraded = details.IsGraded!.Value;
        section.EvidenceRequired = details.EvidenceRequired!.Value;
        section.AllowNotApplicable = details.AllowNotApplicable!.Value;
    }

    /// <summary>One prompt per line: trimmed, without blank lines, joined with a plain newline.</summary>
    private static string? NormaliseGuidance(string? guidance)
    {
        var lines = (guidance ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    private static void Renumber(List<ToolSection> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Position = i + 1;
        }
    }

    private async Task<ILookup<int, ToolVersionSummary>> VersionSummariesAsync(IQueryable<AuditToolVersion> versions, CancellationToken cancellationToken)
    {
        var rows = await versions.AsNoTracking()
            .Select(v => new
            {
                v.AuditToolId,
                Summary = new ToolVersionSummary(v.Id, v.Number, v.Status, v.CreatedAt, v.PublishedAt, v.Notes,
                    db.CaseAudits.Count(a => a.ToolVersionId == v.Id), v.Scale),
            })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Summary.Number).ToLookup(r => r.AuditToolId, r => r.Summary);
    }

    private static ToolSummary Summary(AuditTool tool, ILookup<int, ToolVersionSummary> versions) =>
        new(tool.Id, tool.Name, tool.Kind, tool.Description, versions[tool.Id].ToList());
}
