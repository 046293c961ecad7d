using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class HistoricImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ImportExternalId",
                table: "CaseAudits",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportedAuditorName",
                table: "CaseAudits",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsImported",
                table: "CaseAudits",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "UX_CaseAudits_ImportExternalId",
                table: "CaseAudits",
                column: "ImportExternalId",
                unique: true,
                filter: "\"ImportExternalId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "UX_CaseAudits_ImportExternalId",
                table: "CaseAudits");

            migrationBuilder.DropColumn(
                name: "ImportExternalId",
                table: "CaseAudits");

            migrationBuilder.DropColumn(
                name: "ImportedAuditorName",
                table: "CaseAudits");

            migrationBuilder.DropColumn(
                name: "IsImported",
                table: "CaseAudits");
        }
    }
}
