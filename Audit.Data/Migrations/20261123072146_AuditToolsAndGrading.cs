using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditToolsAndGrading : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ImmediateResponseId",
                table: "Deadlines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ToolVersionId",
                table: "CaseAudits",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditRecords",
                columns: table => new
                {
                    CaseAuditId = table.Column<int>(type: "INTEGER", nullable: false),
                    FeedbackSought = table.Column<bool>(type: "INTEGER", nullable: true),
                    FeedbackSoughtFrom = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FeedbackObtained = table.Column<bool>(type: "INTEGER", nullable: true),
                    FeedbackSummary = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    FeedbackNotObtainedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DiscussionHeld = table.Column<bool>(type: "INTEGER", nullable: true),
                    DiscussionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PractitionerView = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    DiscussionNotHeldReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Strengths = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    AreasForDevelopment = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    OverallGrade = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    OverallRationale = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    GradeDifferenceReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRecords", x => x.CaseAuditId);
                    table.ForeignKey(
                        name: "FK_AuditRecords_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditTools",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditTools", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImmediateResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseAuditId = table.Column<int>(type: "INTEGER", nullable: false),
                    RaisedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Risk = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    NeededNow = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImmediateResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImmediateResponses_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningThemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningThemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditToolVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuditToolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditToolVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditToolVersions_AuditTools_AuditToolId",
                        column: x => x.AuditToolId,
                        principalTable: "AuditTools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImmediateResponseAcknowledgements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImmediateResponseId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<string>(type: "TEXT", nullable: false),
                    AskedAs = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ActionTaken = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImmediateResponseAcknowledgements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImmediateResponseAcknowledgements_AspNetUsers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImmediateResponseAcknowledgements_ImmediateResponses_ImmediateResponseId",
                        column: x => x.ImmediateResponseId,
                        principalTable: "ImmediateResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditThemes",
                columns: table => new
                {
                    CaseAuditId = table.Column<int>(type: "INTEGER", nullable: false),
                    LearningThemeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditThemes", x => new { x.CaseAuditId, x.LearningThemeId });
                    table.ForeignKey(
                        name: "FK_AuditThemes_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AuditThemes_LearningThemes_LearningThemeId",
                        column: x => x.LearningThemeId,
                        principalTable: "LearningThemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ToolSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuditToolVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Guidance = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsGraded = table.Column<bool>(type: "INTEGER", nullable: false),
                    EvidenceRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    AllowNotApplicable = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ToolSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ToolSections_AuditToolVersions_AuditToolVersionId",
                        column: x => x.AuditToolVersionId,
                        principalTable: "AuditToolVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SectionResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseAuditId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToolSectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    NotApplicable = table.Column<bool>(type: "INTEGER", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectionResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SectionResponses_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SectionResponses_ToolSections_ToolSectionId",
                        column: x => x.ToolSectionId,
                        principalTable: "ToolSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "AuditTools",
                columns: new[] { "Id", "Description", "Kind", "Name" },
                values: new object[,]
                {
                    { 1, "A full case-file audit with the practitioner and their manager involved.", "DeepDive", "Deep dive case audit" },
                    { 2, "A bespoke audit of a fostering household's assessment, support and safer care.", "Fostering", "Fostering household audit" },
                    { 3, "A lighter audit of the quality of case supervision.", "Supervision", "Supervision audit" },
                    { 4, "A short, themed look at many cases. Each version holds one theme's questions.", "DipSample", "Thematic dip sample" },
                    { 5, "A practice improvement manager observes practice, such as a visit or meeting, and gives feedback.", "PracticeObservation", "Practice observation" }
                });

            migrationBuilder.InsertData(
                table: "LearningThemes",
                columns: new[] { "Id", "IsActive", "Name" },
                values: new object[,]
                {
                    { 1, true, "Voice of the child" },
                    { 2, true, "Lived experience" },
                    { 3, true, "Cumulative harm" },
                    { 4, true, "Assessment and analysis" },
                    { 5, true, "Planning" },
                    { 6, true, "Safety planning" },
                    { 7, true, "Multi-agency working" },
                    { 8, true, "Management oversight" },
                    { 9, true, "Supervision" },
                    { 10, true, "Drift and delay" },
                    { 11, true, "Recording" },
                    { 12, true, "Neglect" },
                    { 13, true, "Domestic abuse" },
                    { 14, true, "Contextual safeguarding" },
                    { 15, true, "Transitions" },
                    { 16, true, "Permanence" }
                });

            migrationBuilder.InsertData(
                table: "AuditToolVersions",
                columns: new[] { "Id", "AuditToolId", "CreatedAt", "CreatedById", "Notes", "Number", "PublishedAt", "PublishedById", "Status", "Version" },
                values: new object[,]
                {
                    { 1, 1, 1309267722240000000L, null, null, 1, 1309267722240000000L, null, "Published", 0 },
                    { 2, 2, 1309267722240000000L, null, null, 1, 1309267722240000000L, null, "Published", 0 },
                    { 3, 3, 1309267722240000000L, null, null, 1, 1309267722240000000L, null, "Published", 0 },
                    { 4, 4, 1309267722240000000L, null, "Theme: the voice of the child", 1, 1309267722240000000L, null, "Published", 0 },
                    { 5, 5, 1309267722240000000L, null, null, 1, 1309267722240000000L, null, "Published", 0 }
                });

            migrationBuilder.InsertData(
                table: "ToolSections",
                columns: new[] { "Id", "AllowNotApplicable", "AuditToolVersionId", "EvidenceRequired", "Guidance", "IsGraded", "Position", "Title" },
                values: new object[,]
                {
                    { 1, false, 1, true, "Why is the child known to us?\nWhat is the current plan and legal status?\nWho is in the child's household and network?", false, 1, "Case summary" },
                    { 2, false, 1, true, "Is the child seen, and seen alone where appropriate?\nAre their wishes and feelings recorded in their own words?\nIs it clear what a day in their life is like?", true, 2, "The voice and lived experience of the child" },
                    { 3, false, 1, true, "Is the assessment up to date and proportionate?\nDoes it consider history and cumulative harm?\nIs there analysis, not just description?", true, 3, "Assessment and analysis" },
                    { 4, false, 1, true, "Is there a SMART plan that addresses the assessed needs?\nIs it reviewed on time and does it change when needs change?", true, 4, "Planning and review" },
                    { 5, true, 1, true, "Are risks identified and responded to promptly?\nIs there a clear safety plan that the family understands?", true, 5, "Safety planning and the response to risk" },
                    { 6, false, 1, true, "Are partners involved in assessment, planning and review?\nIs information shared appropriately and challenge escalated?", true, 6, "Multi-agency working" },
                    { 7, false, 1, true, "Is there regular, reflective supervision recorded on the file?\nDo managers give clear direction and check it is followed?", true, 7, "Management oversight and supervision" },
                    { 8, false, 1, true, "Is there evidence of drift or delay?\nHave timescales for the child been met?", true, 8, "Drift and delay" },
                    { 9, false, 1, true, "Is the record up to date, clear and written for the child?\nCould the child read it and understand their story?", true, 9, "Recording" },
                    { 10, false, 1, true, "What difference has our involvement made for the child?\nIs the child's situation improving?", true, 10, "Impact" },
                    { 11, false, 2, true, "Who lives in the household?\nWhat is the approval and which children are placed?", false, 1, "Household summary" },
                    { 12, false, 2, true, "Is the assessment thorough, analytical and presented to panel on time?", true, 2, "Assessment and approval" },
                    { 13, false, 2, true, "Is supervision regular, recorded and reflective?\nIs support matched to the household's needs?", true, 3, "Supervision and support of foster carers" },
                    { 14, false, 2, true, "Are core and specialist training completed and recorded?", true, 4, "Training and development" },
                    { 15, false, 2, true, "Is there an up-to-date safer caring plan?\nAre allegations and concerns managed properly?", true, 5, "Safer caring and safeguarding" },
                    { 16, true, 2, true, "Were matches well considered?\nAre placements stable, and is disruption learnt from?", true, 6, "Matching and placement stability" },
                    { 17, false, 2, true, "Are the views of fostered children and the carers' own children sought and acted on?", true, 7, "The voice of children in the household" },
                    { 18, false, 2, true, "Is the annual review on time and does it consider all the evidence?", true, 8, "Annual review" },
                    { 19, false, 2, true, "Is the household file up to date and well organised?", true, 9, "Recording" },
                    { 20, false, 2, true, "What difference does this household make for the children it cares for?", true, 10, "Impact" },
                    { 21, false, 3, true, "Is supervision happening as often as the policy requires?", true, 1, "Frequency and timeliness" },
                    { 22, false, 3, true, "Does supervision help the practitioner reflect on the child's experience and on risk?", true, 2, "Reflection and analysis" },
                    { 23, false, 3, true, "Are decisions and actions clear, with timescales and owners?", true, 3, "Case direction and decisions" },
                    { 24, true, 3, true, "Is the practitioner's wellbeing and learning considered?", true, 4, "Practitioner wellbeing and development" },
                    { 25, false, 3, true, "Is supervision recorded on the child's file promptly?", true, 5, "Recording of supervision" },
                    { 26, false, 3, true, "Did supervision move the child's plan forward?", true, 6, "Impact on the child's plan" },
                    { 27, true, 4, true, "Look at the last three visits.", true, 1, "Is the child seen, and seen alone where appropriate?" },
                    { 28, false, 4, true, "Look for direct quotes and direct work.", true, 2, "Are the child's wishes and feelings recorded in their own words?" },
                    { 29, false, 4, true, "Can you trace what the child said into a decision?", true, 3, "Has the child's voice influenced their plan?" },
                    { 30, false, 4, true, "Could a new worker describe a day in this child's life?", true, 4, "Is the child's lived experience clear from the record?" },
                    { 31, false, 5, true, "Was the practitioner prepared, with a clear purpose shared with the family?", true, 1, "Preparation and purpose" },
                    { 32, false, 5, true, "How did the practitioner build a relationship with the child and family?", true, 2, "Relationship and engagement" },
                    { 33, true, 5, true, "Were direct work tools and the practice model used well?", true, 3, "Direct work and the practice model" },
                    { 34, false, 5, true, "Did the practitioner analyse what they saw and heard, and reflect afterwards?", true, 4, "Analysis and reflection" },
                    { 35, false, 5, true, "Was the child's voice heard and made central?", true, 5, "The child's voice" },
                    { 36, false, 5, true, "What feedback was given, and what did the practitioner take from it?", false, 6, "Feedback to the practitioner" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_ToolVersionId",
                table: "CaseAudits",
                column: "ToolVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditThemes_LearningThemeId",
                table: "AuditThemes",
                column: "LearningThemeId");

            migrationBuilder.CreateIndex(
                name: "UX_AuditTools_Name",
                table: "AuditTools",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UX_AuditToolVersions_Tool_Number",
                table: "AuditToolVersions",
                columns: new[] { "AuditToolId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImmediateResponseAcknowledgements_ImmediateResponseId",
                table: "ImmediateResponseAcknowledgements",
                column: "ImmediateResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_ImmediateResponseAcks_Staff_AcknowledgedAt",
                table: "ImmediateResponseAcknowledgements",
                columns: new[] { "StaffMemberId", "AcknowledgedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ImmediateResponses_CaseAuditId",
                table: "ImmediateResponses",
                column: "CaseAuditId");

            migrationBuilder.CreateIndex(
                name: "UX_LearningThemes_Name",
                table: "LearningThemes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SectionResponses_ToolSectionId",
                table: "SectionResponses",
                column: "ToolSectionId");

            migrationBuilder.CreateIndex(
                name: "UX_SectionResponses_Audit_Section",
                table: "SectionResponses",
                columns: new[] { "CaseAuditId", "ToolSectionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ToolSections_Version_Position",
                table: "ToolSections",
                columns: new[] { "AuditToolVersionId", "Position" });

            migrationBuilder.AddForeignKey(
                name: "FK_CaseAudits_AuditToolVersions_ToolVersionId",
                table: "CaseAudits",
                column: "ToolVersionId",
                principalTable: "AuditToolVersions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseAudits_AuditToolVersions_ToolVersionId",
                table: "CaseAudits");

            migrationBuilder.DropTable(
                name: "AuditRecords");

            migrationBuilder.DropTable(
                name: "AuditThemes");

            migrationBuilder.DropTable(
                name: "ImmediateResponseAcknowledgements");

            migrationBuilder.DropTable(
                name: "SectionResponses");

            migrationBuilder.DropTable(
                name: "LearningThemes");

            migrationBuilder.DropTable(
                name: "ImmediateResponses");

            migrationBuilder.DropTable(
                name: "ToolSections");

            migrationBuilder.DropTable(
                name: "AuditToolVersions");

            migrationBuilder.DropTable(
                name: "AuditTools");

            migrationBuilder.DropIndex(
                name: "IX_CaseAudits_ToolVersionId",
                table: "CaseAudits");

            migrationBuilder.DropColumn(
                name: "ImmediateResponseId",
                table: "Deadlines");

            migrationBuilder.DropColumn(
                name: "ToolVersionId",
                table: "CaseAudits");
        }
    }
}
