using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class Programme : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CaseReferencePattern",
                table: "WorkflowSettings",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsClosed",
                table: "CaseFiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartDate",
                table: "CaseFiles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UpdatedAt",
                table: "CaseFiles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ToolKind",
                table: "CaseAudits",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "DeepDive");

            migrationBuilder.UpdateData(
                table: "WorkflowSettings",
                keyColumn: "Id",
                keyValue: 1,
                column: "CaseReferencePattern",
                value: null);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CaseReferencePattern",
                table: "WorkflowSettings");

            migrationBuilder.DropColumn(
                name: "IsClosed",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "StartDate",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "ToolKind",
                table: "CaseAudits");
        }
    }
}
