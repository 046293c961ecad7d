using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class PractitionerSpace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PractitionerReflectionsAt",
                table: "CaseAudits",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PractitionerResponse",
                table: "CaseAudits",
                type: "TEXT",
                maxLength: 10000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PractitionerResponseAt",
                table: "CaseAudits",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PractitionerReflectionsAt",
                table: "CaseAudits");

            migrationBuilder.DropColumn(
                name: "PractitionerResponse",
                table: "CaseAudits");

            migrationBuilder.DropColumn(
                name: "PractitionerResponseAt",
                table: "CaseAudits");
        }
    }
}
