using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseAudits_GradeConfirmedAt",
                table: "CaseAudits");

            migrationBuilder.CreateIndex(
                name: "IX_ImmediateResponses_RaisedAt",
                table: "ImmediateResponses",
                column: "RaisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_ConversationHeldAt",
                table: "CaseAudits",
                column: "ConversationHeldAt");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_GradeConfirmed_Report",
                table: "CaseAudits",
                columns: new[] { "GradeConfirmedAt", "State", "FinalGrade", "ToolVersionId", "CaseFileId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditActions_DueDate",
                table: "AuditActions",
                column: "DueDate");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ImmediateResponses_RaisedAt",
                table: "ImmediateResponses");

            migrationBuilder.DropIndex(
                name: "IX_CaseAudits_ConversationHeldAt",
                table: "CaseAudits");

            migrationBuilder.DropIndex(
                name: "IX_CaseAudits_GradeConfirmed_Report",
                table: "CaseAudits");

            migrationBuilder.DropIndex(
                name: "IX_AuditActions_DueDate",
                table: "AuditActions");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_GradeConfirmedAt",
                table: "CaseAudits",
                column: "GradeConfirmedAt");
        }
    }
}
