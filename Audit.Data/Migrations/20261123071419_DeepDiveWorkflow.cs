using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class DeepDiveWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BankHolidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AddedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BankHolidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "CaseFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CaseType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AgeBand = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    PractitionerId = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseFiles_AspNetUsers_PractitionerId",
                        column: x => x.PractitionerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseFiles_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    InadequateModerationWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    GoodOrOutstandingModerationWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiresImprovementModerationWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiresImprovementSamplePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    ReflectiveConversationWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DefaultAuditWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ReminderLeadWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    EscalateToQaLead = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseAudits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuditorId = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AllocatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AllocatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AuditorGrade = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    AuditorRationale = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    FinalGrade = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ImmediateResponseRaised = table.Column<bool>(type: "INTEGER", nullable: false),
                    ModerationRequired = table.Column<bool>(type: "INTEGER", nullable: true),
                    ModerationReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ModerationSampleSeed = table.Column<int>(type: "INTEGER", nullable: true),
                    ModeratorId = table.Column<string>(type: "TEXT", nullable: true),
                    ModeratedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModerationRationale = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    CoSignedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CoSignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConversationScheduledFor = table.Column<long>(type: "INTEGER", nullable: true),
                    ConversationLocation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConversationHeldAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConversationLearning = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    PractitionerReflections = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAudits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseAudits_AspNetUsers_AuditorId",
                        column: x => x.AuditorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAudits_AspNetUsers_ModeratorId",
                        column: x => x.ModeratorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAudits_CaseFiles_CaseFileId",
                        column: x => x.CaseFileId,
                        principalTable: "CaseFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuditActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseAuditId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    For = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CompletionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditActions_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AuditActions_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseAuditId = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", nullable: true),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    GradeBefore = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    GradeAfter = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditHistory_AspNetUsers_ActorId",
                        column: x => x.ActorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AuditHistory_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Deadlines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CaseAuditId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuditActionId = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    OwnerRole = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RemindAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Deadlines_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "BankHolidays",
                columns: new[] { "Date", "AddedById", "Name" },
                values: new object[,]
                {
                    { new DateOnly(2024, 1, 1), null, "New Year's Day" },
                    { new DateOnly(2024, 3, 29), null, "Good Friday" },
                    { new DateOnly(2024, 4, 1), null, "Easter Monday" },
                    { new DateOnly(2024, 5, 6), null, "Early May bank holiday" },
                    { new DateOnly(2024, 5, 27), null, "Spring bank holiday" },
                    { new DateOnly(2024, 8, 26), null, "Summer bank holiday" },
                    { new DateOnly(2024, 12, 25), null, "Christmas Day" },
                    { new DateOnly(2024, 12, 26), null, "Boxing Day" },
                    { new DateOnly(2025, 1, 1), null, "New Year's Day" },
                    { new DateOnly(2025, 4, 18), null, "Good Friday" },
                    { new DateOnly(2025, 4, 21), null, "Easter Monday" },
                    { new DateOnly(2025, 5, 5), null, "Early May bank holiday" },
                    { new DateOnly(2025, 5, 26), null, "Spring bank holiday" },
                    { new DateOnly(2025, 8, 25), null, "Summer bank holiday" },
                    { new DateOnly(2025, 12, 25), null, "Christmas Day" },
                    { new DateOnly(2025, 12, 26), null, "Boxing Day" },
                    { new DateOnly(2026, 1, 1), null, "New Year's Day" },
                    { new DateOnly(2026, 4, 3), null, "Good Friday" },
                    { new DateOnly(2026, 4, 6), null, "Easter Monday" },
                    { new DateOnly(2026, 5, 4), null, "Early May bank holiday" },
                    { new DateOnly(2026, 5, 25), null, "Spring bank holiday" },
                    { new DateOnly(2026, 8, 31), null, "Summer bank holiday" },
                    { new DateOnly(2026, 12, 25), null, "Christmas Day" },
                    { new DateOnly(2026, 12, 28), null, "Boxing Day (substitute day)" },
                    { new DateOnly(2027, 1, 1), null, "New Year's Day" },
                    { new DateOnly(2027, 3, 26), null, "Good Friday" },
                    { new DateOnly(2027, 3, 29), null, "Easter Monday" },
                    { new DateOnly(2027, 5, 3), null, "Early May bank holiday" },
                    { new DateOnly(2027, 5, 31), null, "Spring bank holiday" },
                    { new DateOnly(2027, 8, 30), null, "Summer bank holiday" },
                    { new DateOnly(2027, 12, 27), null, "Christmas Day (substitute day)" },
                    { new DateOnly(2027, 12, 28), null, "Boxing Day (substitute day)" }
                });

            migrationBuilder.InsertData(
                table: "WorkflowSettings",
                columns: new[] { "Id", "DefaultAuditWorkingDays", "EscalateToQaLead", "GoodOrOutstandingModerationWorkingDays", "InadequateModerationWorkingDays", "ReflectiveConversationWorkingDays", "ReminderLeadWorkingDays", "RequiresImprovementModerationWorkingDays", "RequiresImprovementSamplePercent", "Version" },
                values: new object[] { 1, 20, true, 10, 5, 15, 2, 10, 10, 0 });

            migrationBuilder.CreateIndex(
                name: "IX_AuditActions_CaseAuditId",
                table: "AuditActions",
                column: "CaseAuditId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditActions_Owner_CompletedAt",
                table: "AuditActions",
                columns: new[] { "OwnerId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditHistory_ActorId",
                table: "AuditHistory",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditHistory_Audit_OccurredAt",
                table: "AuditHistory",
                columns: new[] { "CaseAuditId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_Auditor_State",
                table: "CaseAudits",
                columns: new[] { "AuditorId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_CaseFileId",
                table: "CaseAudits",
                column: "CaseFileId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_ModeratorId",
                table: "CaseAudits",
                column: "ModeratorId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_State",
                table: "CaseAudits",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_PractitionerId",
                table: "CaseFiles",
                column: "PractitionerId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_TeamId",
                table: "CaseFiles",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "UX_CaseFiles_Reference",
                table: "CaseFiles",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Audit_Kind",
                table: "Deadlines",
                columns: new[] { "CaseAuditId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Open_DueAt",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Open_RemindAt",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "RemindAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditActions");

            migrationBuilder.DropTable(
                name: "AuditHistory");

            migrationBuilder.DropTable(
                name: "BankHolidays");

            migrationBuilder.DropTable(
                name: "Deadlines");

            migrationBuilder.DropTable(
                name: "WorkflowSettings");

            migrationBuilder.DropTable(
                name: "CaseAudits");

            migrationBuilder.DropTable(
                name: "CaseFiles");
        }
    }
}
