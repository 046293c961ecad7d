using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Audit.Data.Migrations
{
    /// <inheritdoc />
    public partial class Conversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CalendarMethod",
                table: "OutboxMessages",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReflectiveConversations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseAuditId = table.Column<int>(type: "INTEGER", nullable: false),
                    Uid = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AgendaNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OrganiserId = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HeldEarlierReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReflectiveConversations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReflectiveConversations_AspNetUsers_OrganiserId",
                        column: x => x.OrganiserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReflectiveConversations_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConversationInvitees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReflectiveConversationId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<string>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ProposedStart = table.Column<long>(type: "INTEGER", nullable: true),
                    ProposedEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    ProposalDeclinedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationInvitees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConversationInvitees_AspNetUsers_StaffId",
                        column: x => x.StaffId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConversationInvitees_ReflectiveConversations_ReflectiveConversationId",
                        column: x => x.ReflectiveConversationId,
                        principalTable: "ReflectiveConversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConversationInvitees_StaffId",
                table: "ConversationInvitees",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "UX_ConversationInvitees_Conversation_Staff",
                table: "ConversationInvitees",
                columns: new[] { "ReflectiveConversationId", "StaffId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveConversations_CaseAuditId",
                table: "ReflectiveConversations",
                column: "CaseAuditId");

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveConversations_OrganiserId",
                table: "ReflectiveConversations",
                column: "OrganiserId");

            migrationBuilder.CreateIndex(
                name: "UX_ReflectiveConversations_Uid",
                table: "ReflectiveConversations",
                column: "Uid",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConversationInvitees");

            migrationBuilder.DropTable(
                name: "ReflectiveConversations");

            migrationBuilder.DropColumn(
                name: "CalendarMethod",
                table: "OutboxMessages");
        }
    }
}
