using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class StaffNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "StaffNumber",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "UX_Staff_StaffNumber",
                table: "AspNetUsers",
                column: "StaffNumber",
                unique: true,
                filter: "\"StaffNumber\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "UX_Staff_StaffNumber",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "StaffNumber",
                table: "AspNetUsers");
        }
    }
}
