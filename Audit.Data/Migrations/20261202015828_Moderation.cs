using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class Moderation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AssistantDirectorForGood",
                table: "WorkflowSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "AssistantDirectorForInadequate",
                table: "WorkflowSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "AssistantDirectorForOutstanding",
                table: "WorkflowSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "AssistantDirectorForRequiresImprovement",
                table: "WorkflowSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ReturnedAuditWorkingDays",
                table: "WorkflowSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ModeratedGrade",
                table: "SectionResponses",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "GradeConfirmedAt",
                table: "CaseAudits",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsGoodPracticeExample",
                table: "CaseAudits",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "ModerationTakenAt",
                table: "CaseAudits",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ModerationTakenById",
                table: "CaseAudits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StandInId",
                table: "CaseAudits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StandInState",
                table: "CaseAudits",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "GradeChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseAuditId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToolSectionId = table.Column<int>(type: "INTEGER", nullable: true),
                    FromGrade = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ToGrade = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    ChangedById = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HistoryEntryId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GradeChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GradeChanges_AspNetUsers_ChangedById",
                        column: x => x.ChangedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GradeChanges_AuditHistory_HistoryEntryId",
                        column: x => x.HistoryEntryId,
                        principalTable: "AuditHistory",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GradeChanges_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GradeChanges_ToolSections_ToolSectionId",
                        column: x => x.ToolSectionId,
                        principalTable: "ToolSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SectionModerationNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseAuditId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToolSectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HistoryEntryId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectionModerationNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SectionModerationNotes_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SectionModerationNotes_AuditHistory_HistoryEntryId",
                        column: x => x.HistoryEntryId,
                        principalTable: "AuditHistory",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SectionModerationNotes_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SectionModerationNotes_ToolSections_ToolSectionId",
                        column: x => x.ToolSectionId,
                        principalTable: "ToolSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.UpdateData(
                table: "WorkflowSettings",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "AssistantDirectorForGood", "AssistantDirectorForInadequate", "AssistantDirectorForOutstanding", "AssistantDirectorForRequiresImprovement", "ReturnedAuditWorkingDays" },
                values: new object[] { true, true, true, false, 5 });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_ModerationTakenById",
                table: "CaseAudits",
                column: "ModerationTakenById");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_StandInId",
                table: "CaseAudits",
                column: "StandInId");

            migrationBuilder.CreateIndex(
                name: "UX_CaseAudits_OneOpenPerCase",
                table: "CaseAudits",
                column: "CaseFileId",
                unique: true,
                filter: "\"State\" NOT IN ('Closed', 'Cancelled')");

            migrationBuilder.CreateIndex(
                name: "IX_GradeChanges_Audit",
                table: "GradeChanges",
                column: "CaseAuditId");

            migrationBuilder.CreateIndex(
                name: "IX_GradeChanges_ChangedAt",
                table: "GradeChanges",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_GradeChanges_ChangedById",
                table: "GradeChanges",
                column: "ChangedById");

            migrationBuilder.CreateIndex(
                name: "IX_GradeChanges_HistoryEntryId",
                table: "GradeChanges",
                column: "HistoryEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_GradeChanges_ToolSectionId",
                table: "GradeChanges",
                column: "ToolSectionId");

            migrationBuilder.CreateIndex(
                name: "IX_SectionModerationNotes_Audit",
                table: "SectionModerationNotes",
                column: "CaseAuditId");

            migrationBuilder.CreateIndex(
                name: "IX_SectionModerationNotes_AuthorId",
                table: "SectionModerationNotes",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_SectionModerationNotes_HistoryEntryId",
                table: "SectionModerationNotes",
                column: "HistoryEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_SectionModerationNotes_ToolSectionId",
                table: "SectionModerationNotes",
                column: "ToolSectionId");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseAudits_AspNetUsers_ModerationTakenById",
                table: "CaseAudits",
                column: "ModerationTakenById",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CaseAudits_AspNetUsers_StandInId",
                table: "CaseAudits",
                column: "StandInId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseAudits_AspNetUsers_ModerationTakenById",
                table: "CaseAudits");

            migrationBuilder.DropForeignKey(
                name: "FK_CaseAudits_AspNetUsers_StandInId",
                table: "CaseAudits");

            migrationBuilder.DropTable(
                name: "GradeChanges");

            migrationBuilder.DropTable(
                name: "SectionModerationNotes");

            migrationBuilder.DropIndex(
                name: "IX_CaseAudits_ModerationTakenById",
                table: "CaseAudits");

            migrationBuilder.DropIndex(
                name: "IX_CaseAudits_StandInId",
                table: "CaseAudits");

            migrationBuilder.DropIndex(
                name: "UX_CaseAudits_OneOpenPerCase",
                table: "CaseAudits");

            migrationBuilder.DropColumn(
                name: "AssistantDirectorForGood",
                table: "WorkflowSettings");

            migrationBuilder.DropColumn(
                name: "AssistantDirectorForInadequate",
                table: "WorkflowSettings");

            migrationBuilder.DropColumn(
                name: "AssistantDirectorForOutstanding",
                table: "WorkflowSettings");

            migrationBuilder.DropColumn(
                name: "AssistantDirectorForRequiresImprovement",
                table: "WorkflowSettings");

            migrationBuilder.DropColumn(
                name: "ReturnedAuditWorkingDays",
                table: "WorkflowSettings");

            migrationBuilder.DropColumn(
                name: "ModeratedGrade",
                table: "SectionResponses");

            migrationBuilder.DropColumn(
                name: "GradeConfirmedAt",
                table: "CaseAudits");

            migrationBuilder.DropColumn(
                name: "IsGoodPracticeExample",
                table: "CaseAudits");

            migrationBuilder.DropColumn(
                name: "ModerationTakenAt",
                table: "CaseAudits");

            migrationBuilder.DropColumn(
                name: "ModerationTakenById",
                table: "CaseAudits");

            migrationBuilder.DropColumn(
                name: "StandInId",
                table: "CaseAudits");

            migrationBuilder.DropColumn(
                name: "StandInState",
                table: "CaseAudits");
        }
    }
}
