using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class ToolScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Scale",
                table: "AuditToolVersions",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Ofsted");

            migrationBuilder.UpdateData(
                table: "AuditToolVersions",
                keyColumn: "Id",
                keyValue: 1,
                column: "Scale",
                value: "Ofsted");

            migrationBuilder.UpdateData(
                table: "AuditToolVersions",
                keyColumn: "Id",
                keyValue: 2,
                column: "Scale",
                value: "Ofsted");

            migrationBuilder.UpdateData(
                table: "AuditToolVersions",
                keyColumn: "Id",
                keyValue: 3,
                column: "Scale",
                value: "MetNotMet");

            migrationBuilder.UpdateData(
                table: "AuditToolVersions",
                keyColumn: "Id",
                keyValue: 4,
                column: "Scale",
                value: "Ofsted");

            migrationBuilder.UpdateData(
                table: "AuditToolVersions",
                keyColumn: "Id",
                keyValue: 5,
                column: "Scale",
                value: "Ofsted");

            // Data step (kept by hand when this migration is regenerated): every existing version of a supervision
            // tool, published, retired or draft, is judged met / not met against the standard from now on.
            migrationBuilder.Sql(
                "UPDATE AuditToolVersions SET Scale = 'MetNotMet' "
                + "WHERE AuditToolId IN (SELECT Id FROM AuditTools WHERE Kind = 'Supervision');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Scale",
                table: "AuditToolVersions");
        }
    }
}
