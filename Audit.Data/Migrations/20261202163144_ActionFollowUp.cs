using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class ActionFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AuditActionId",
                table: "AuditHistory",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ConfirmedAt",
                table: "AuditActions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConfirmedById",
                table: "AuditActions",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MayOwnActions",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_AuditHistory_AuditActionId",
                table: "AuditHistory",
                column: "AuditActionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditHistory_AuditActionId",
                table: "AuditHistory");

            migrationBuilder.DropColumn(
                name: "AuditActionId",
                table: "AuditHistory");

            migrationBuilder.DropColumn(
                name: "ConfirmedAt",
                table: "AuditActions");

            migrationBuilder.DropColumn(
                name: "ConfirmedById",
                table: "AuditActions");

            migrationBuilder.DropColumn(
                name: "MayOwnActions",
                table: "AspNetUsers");
        }
    }
}
