using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class ThematicBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DipSampleBatchId",
                table: "CycleCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DipSampleBatchId",
                table: "CaseAudits",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DipSampleBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuditCycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToolVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DipSampleBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DipSampleBatches_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DipSampleBatches_AuditCycles_AuditCycleId",
                        column: x => x.AuditCycleId,
                        principalTable: "AuditCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DipSampleBatches_AuditToolVersions_ToolVersionId",
                        column: x => x.ToolVersionId,
                        principalTable: "AuditToolVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CycleCases_DipSampleBatchId",
                table: "CycleCases",
                column: "DipSampleBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_DipSampleBatchId",
                table: "CaseAudits",
                column: "DipSampleBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_DipSampleBatches_AuditCycleId",
                table: "DipSampleBatches",
                column: "AuditCycleId");

            migrationBuilder.CreateIndex(
                name: "IX_DipSampleBatches_CreatedById",
                table: "DipSampleBatches",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_DipSampleBatches_ToolVersionId",
                table: "DipSampleBatches",
                column: "ToolVersionId");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseAudits_DipSampleBatches_DipSampleBatchId",
                table: "CaseAudits",
                column: "DipSampleBatchId",
                principalTable: "DipSampleBatches",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CycleCases_DipSampleBatches_DipSampleBatchId",
                table: "CycleCases",
                column: "DipSampleBatchId",
                principalTable: "DipSampleBatches",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseAudits_DipSampleBatches_DipSampleBatchId",
                table: "CaseAudits");

            migrationBuilder.DropForeignKey(
                name: "FK_CycleCases_DipSampleBatches_DipSampleBatchId",
                table: "CycleCases");

            migrationBuilder.DropTable(
                name: "DipSampleBatches");

            migrationBuilder.DropIndex(
                name: "IX_CycleCases_DipSampleBatchId",
                table: "CycleCases");

            migrationBuilder.DropIndex(
                name: "IX_CaseAudits_DipSampleBatchId",
                table: "CaseAudits");

            migrationBuilder.DropColumn(
                name: "DipSampleBatchId",
                table: "CycleCases");

            migrationBuilder.DropColumn(
                name: "DipSampleBatchId",
                table: "CaseAudits");
        }
    }
}
