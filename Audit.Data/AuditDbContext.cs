using Audit.Data.Models;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Audit.Data;

public class AuditDbContext(DbContextOptions<AuditDbContext> options)
    : IdentityDbContext<StaffMember>(options), IDataProtectionKeyContext
{
    public DbSet<Directorate> Directorates => Set<Directorate>();
    public DbSet<ServiceArea> ServiceAreas => Set<ServiceArea>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<AccountEvent> AccountEvents => Set<AccountEvent>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<CaseFile> CaseFiles => Set<CaseFile>();
    public DbSet<CaseAudit> CaseAudits => Set<CaseAudit>();
    public DbSet<AuditAction> AuditActions => Set<AuditAction>();
    public DbSet<AuditHistoryEntry> AuditHistory => Set<AuditHistoryEntry>();
    public DbSet<Deadline> Deadlines => Set<Deadline>();
    public DbSet<BankHoliday> BankHolidays => Set<BankHoliday>();
    public DbSet<WorkflowSettings> WorkflowSettings => Set<WorkflowSettings>();
    public DbSet<AuditTool> AuditTools => Set<AuditTool>();
    public DbSet<AuditToolVersion> AuditToolVersions => Set<AuditToolVersion>();
    public DbSet<ToolSection> ToolSections => Set<ToolSection>();
    public DbSet<SectionResponse> SectionResponses => Set<SectionResponse>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<LearningTheme> LearningThemes => Set<LearningTheme>();
    public DbSet<AuditTheme> AuditThemes => Set<AuditTheme>();
    public DbSet<ImmediateResponse> ImmediateResponses => Set<ImmediateResponse>();
    public DbSet<GradeChange> GradeChanges => Set<GradeChange>();
    public DbSet<SectionModerationNote> SectionModerationNotes => Set<SectionModerationNote>();
    public DbSet<ImmediateResponseAcknowledgement> ImmediateResponseAcknowledgements => Set<ImmediateResponseAcknowledgement>();
    public DbSet<AuditCycle> AuditCycles => Set<AuditCycle>();
    public DbSet<CyclePlan> CyclePlans => Set<CyclePlan>();
    public DbSet<CycleDraw> CycleDraws => Set<CycleDraw>();
    public DbSet<CycleCase> CycleCases => Set<CycleCase>();
    public DbSet<DipSampleBatch> DipSampleBatches => Set<DipSampleBatch>();
    public DbSet<StaffAbsence> StaffAbsences => Set<StaffAbsence>();
    public DbSet<ReflectiveConversation> ReflectiveConversations => Set<ReflectiveConversation>();
    public DbSet<ConversationInvitee> ConversationInvitees => Set<ConversationInvitee>();
    public DbSet<ExtensionRequest> ExtensionRequests => Set<ExtensionRequest>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AuditDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time-with-offset type and cannot compare or order DateTimeOffset text, so it is
        // stored as a sortable integer there. All times are UTC, so ordering by that integer is ordering by time.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var detect = BumpVersions();
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var detect = BumpVersions();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// Moves on the version of every modified row. Changes are detected once, here (asking for the entries detects
    /// them); the version is set through its entry, so EF Core knows of it without looking again, and the save
    /// itself (and its interceptors) then runs with detection off — each detection compares every property of every
    /// tracked row, and a save would otherwise detect twice. Returns whether detection was on, to restore after.
    /// </summary>
    private bool BumpVersions()
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Property(nameof(IVersioned.Version)).CurrentValue = entry.Entity.Version + 1;
            }
        }

        ChangeTracker.AutoDetectChangesEnabled = false;
        return detect;
    }
}
