using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class Cycles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AuditCycleId",
                table: "CaseAudits",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MonthlyAuditCapacity",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "AuditCycles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditCycles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffAbsences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StaffMemberId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffAbsences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffAbsences_AspNetUsers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CycleDraws",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuditCycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Requested = table.Column<int>(type: "INTEGER", nullable: false),
                    Drawn = table.Column<int>(type: "INTEGER", nullable: false),
                    Eligible = table.Column<int>(type: "INTEGER", nullable: false),
                    ExcludedMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    ExcludedClosed = table.Column<int>(type: "INTEGER", nullable: false),
                    ExcludedRecentlyAudited = table.Column<int>(type: "INTEGER", nullable: false),
                    ExcludedInCycle = table.Column<int>(type: "INTEGER", nullable: false),
                    DrawnAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DrawnById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CycleDraws", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CycleDraws_AuditCycles_AuditCycleId",
                        column: x => x.AuditCycleId,
                        principalTable: "AuditCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CycleDraws_ServiceAreas_ServiceAreaId",
                        column: x => x.ServiceAreaId,
                        principalTable: "ServiceAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CyclePlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuditCycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToolKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Planned = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CyclePlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CyclePlans_AuditCycles_AuditCycleId",
                        column: x => x.AuditCycleId,
                        principalTable: "AuditCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CyclePlans_ServiceAreas_ServiceAreaId",
                        column: x => x.ServiceAreaId,
                        principalTable: "ServiceAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CycleCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuditCycleId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseFileId = table.Column<int>(type: "INTEGER", nullable: false),
                    CycleDrawId = table.Column<int>(type: "INTEGER", nullable: true),
                    ToolKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ProposedAuditorId = table.Column<string>(type: "TEXT", nullable: true),
                    Unassigned = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CaseAuditId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CycleCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CycleCases_AspNetUsers_ProposedAuditorId",
                        column: x => x.ProposedAuditorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CycleCases_AuditCycles_AuditCycleId",
                        column: x => x.AuditCycleId,
                        principalTable: "AuditCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CycleCases_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CycleCases_CaseFiles_CaseFileId",
                        column: x => x.CaseFileId,
                        principalTable: "CaseFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CycleCases_CycleDraws_CycleDrawId",
                        column: x => x.CycleDrawId,
                        principalTable: "CycleDraws",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_AuditCycleId",
                table: "CaseAudits",
                column: "AuditCycleId");

            migrationBuilder.CreateIndex(
                name: "UX_AuditCycles_Month",
                table: "AuditCycles",
                column: "Month",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CycleCases_AuditCycleId_CaseFileId",
                table: "CycleCases",
                columns: new[] { "AuditCycleId", "CaseFileId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CycleCases_CaseAuditId",
                table: "CycleCases",
                column: "CaseAuditId");

            migrationBuilder.CreateIndex(
                name: "IX_CycleCases_CaseFileId",
                table: "CycleCases",
                column: "CaseFileId");

            migrationBuilder.CreateIndex(
                name: "IX_CycleCases_CycleDrawId",
                table: "CycleCases",
                column: "CycleDrawId");

            migrationBuilder.CreateIndex(
                name: "IX_CycleCases_ProposedAuditorId",
                table: "CycleCases",
                column: "ProposedAuditorId");

            migrationBuilder.CreateIndex(
                name: "IX_CycleDraws_AuditCycleId",
                table: "CycleDraws",
                column: "AuditCycleId");

            migrationBuilder.CreateIndex(
                name: "IX_CycleDraws_ServiceAreaId",
                table: "CycleDraws",
                column: "ServiceAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_CyclePlans_AuditCycleId_ServiceAreaId_ToolKind",
                table: "CyclePlans",
                columns: new[] { "AuditCycleId", "ServiceAreaId", "ToolKind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CyclePlans_ServiceAreaId",
                table: "CyclePlans",
                column: "ServiceAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffAbsences_StaffMemberId_From",
                table: "StaffAbsences",
                columns: new[] { "StaffMemberId", "From" });

            migrationBuilder.AddForeignKey(
                name: "FK_CaseAudits_AuditCycles_AuditCycleId",
                table: "CaseAudits",
                column: "AuditCycleId",
                principalTable: "AuditCycles",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseAudits_AuditCycles_AuditCycleId",
                table: "CaseAudits");

            migrationBuilder.DropTable(
                name: "CycleCases");

            migrationBuilder.DropTable(
                name: "CyclePlans");

            migrationBuilder.DropTable(
                name: "StaffAbsences");

            migrationBuilder.DropTable(
                name: "CycleDraws");

            migrationBuilder.DropTable(
                name: "AuditCycles");

            migrationBuilder.DropIndex(
                name: "IX_CaseAudits_AuditCycleId",
                table: "CaseAudits");

            migrationBuilder.DropColumn(
                name: "AuditCycleId",
                table: "CaseAudits");

            migrationBuilder.DropColumn(
                name: "MonthlyAuditCapacity",
                table: "AspNetUsers");
        }
    }
}
