using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportAllocatedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseAudits_AllocatedAt",
                table: "CaseAudits");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_AllocatedAt_Report",
                table: "CaseAudits",
                columns: new[] { "AllocatedAt", "IsImported", "CaseFileId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseAudits_AllocatedAt_Report",
                table: "CaseAudits");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_AllocatedAt",
                table: "CaseAudits",
                column: "AllocatedAt");
        }
    }
}
