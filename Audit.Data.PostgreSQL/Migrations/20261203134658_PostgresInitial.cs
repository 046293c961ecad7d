using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Audit.Data.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class PostgresInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccountEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StaffMemberId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    IpAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditCycles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OpenedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditCycles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditTools",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditTools", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BankHolidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AddedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BankHolidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningThemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningThemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ToAddress = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ToName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "text", nullable: false),
                    HtmlBody = table.Column<string>(type: "text", nullable: false),
                    CalendarIcs = table.Column<string>(type: "text", nullable: true),
                    CalendarMethod = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClaimToken = table.Column<Guid>(type: "uuid", nullable: true),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    InadequateModerationWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    GoodOrOutstandingModerationWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    RequiresImprovementModerationWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    RequiresImprovementSamplePercent = table.Column<int>(type: "integer", nullable: false),
                    ReflectiveConversationWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    ReturnedAuditWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    AssistantDirectorForOutstanding = table.Column<bool>(type: "boolean", nullable: false),
                    AssistantDirectorForGood = table.Column<bool>(type: "boolean", nullable: false),
                    AssistantDirectorForRequiresImprovement = table.Column<bool>(type: "boolean", nullable: false),
                    AssistantDirectorForInadequate = table.Column<bool>(type: "boolean", nullable: false),
                    DefaultAuditWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    ReminderLeadWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    EscalateToQaLead = table.Column<bool>(type: "boolean", nullable: false),
                    CaseReferencePattern = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditToolVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuditToolId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Scale = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditToolVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditToolVersions_AuditTools_AuditToolId",
                        column: x => x.AuditToolId,
                        principalTable: "AuditTools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ToolSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuditToolVersionId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Guidance = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IsGraded = table.Column<bool>(type: "boolean", nullable: false),
                    EvidenceRequired = table.Column<bool>(type: "boolean", nullable: false),
                    AllowNotApplicable = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ToolSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ToolSections_AuditToolVersions_AuditToolVersionId",
                        column: x => x.AuditToolVersionId,
                        principalTable: "AuditToolVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JobTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StaffNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    TeamId = table.Column<int>(type: "integer", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    DeactivatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSignInAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MonthlyAuditCapacity = table.Column<int>(type: "integer", nullable: false),
                    MayOwnActions = table.Column<bool>(type: "boolean", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DipSampleBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuditCycleId = table.Column<int>(type: "integer", nullable: false),
                    ToolVersionId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
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

            migrationBuilder.CreateTable(
                name: "Directorates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AssistantDirectorId = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Directorates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Directorates_AspNetUsers_AssistantDirectorId",
                        column: x => x.AssistantDirectorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Invitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StaffMemberId = table.Column<string>(type: "text", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    InvitedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Invitations_AspNetUsers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonalAccessTokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    LastUsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalAccessTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonalAccessTokens_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffAbsences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StaffMemberId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false)
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
                name: "ServiceAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DirectorateId = table.Column<int>(type: "integer", nullable: false),
                    ServiceManagerId = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceAreas_AspNetUsers_ServiceManagerId",
                        column: x => x.ServiceManagerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceAreas_Directorates_DirectorateId",
                        column: x => x.DirectorateId,
                        principalTable: "Directorates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CycleDraws",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuditCycleId = table.Column<int>(type: "integer", nullable: false),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    ServiceAreaId = table.Column<int>(type: "integer", nullable: false),
                    CaseType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Requested = table.Column<int>(type: "integer", nullable: false),
                    Drawn = table.Column<int>(type: "integer", nullable: false),
                    Eligible = table.Column<int>(type: "integer", nullable: false),
                    ExcludedMonths = table.Column<int>(type: "integer", nullable: false),
                    ExcludedClosed = table.Column<int>(type: "integer", nullable: false),
                    ExcludedRecentlyAudited = table.Column<int>(type: "integer", nullable: false),
                    ExcludedInCycle = table.Column<int>(type: "integer", nullable: false),
                    DrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DrawnById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuditCycleId = table.Column<int>(type: "integer", nullable: false),
                    ServiceAreaId = table.Column<int>(type: "integer", nullable: false),
                    ToolKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Planned = table.Column<int>(type: "integer", nullable: false)
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
                name: "Teams",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ServiceAreaId = table.Column<int>(type: "integer", nullable: false),
                    TeamManagerId = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Teams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Teams_AspNetUsers_TeamManagerId",
                        column: x => x.TeamManagerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Teams_ServiceAreas_ServiceAreaId",
                        column: x => x.ServiceAreaId,
                        principalTable: "ServiceAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reference = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CaseType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    AgeBand = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    TeamId = table.Column<int>(type: "integer", nullable: false),
                    PractitionerId = table.Column<string>(type: "text", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IsClosed = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseFiles_AspNetUsers_PractitionerId",
                        column: x => x.PractitionerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseFiles_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseAudits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseFileId = table.Column<int>(type: "integer", nullable: false),
                    AuditorId = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ToolVersionId = table.Column<int>(type: "integer", nullable: true),
                    ToolKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false, defaultValue: "DeepDive"),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    AuditCycleId = table.Column<int>(type: "integer", nullable: true),
                    DipSampleBatchId = table.Column<int>(type: "integer", nullable: true),
                    AllocatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AllocatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AuditorGrade = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    AuditorRationale = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    FinalGrade = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ImmediateResponseRaised = table.Column<bool>(type: "boolean", nullable: false),
                    ModerationRequired = table.Column<bool>(type: "boolean", nullable: true),
                    ModerationReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ModerationSampleSeed = table.Column<int>(type: "integer", nullable: true),
                    ModerationTakenById = table.Column<string>(type: "text", nullable: true),
                    ModerationTakenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModeratorId = table.Column<string>(type: "text", nullable: true),
                    ModeratedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModerationRationale = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    CoSignedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CoSignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    GradeConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsGoodPracticeExample = table.Column<bool>(type: "boolean", nullable: false),
                    StandInId = table.Column<string>(type: "text", nullable: true),
                    StandInState = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ConversationScheduledFor = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConversationLocation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ConversationHeldAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConversationLearning = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    PractitionerReflections = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    PractitionerReflectionsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PractitionerResponse = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    PractitionerResponseAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancellationReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IsImported = table.Column<bool>(type: "boolean", nullable: false),
                    ImportExternalId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ImportedAuditorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAudits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseAudits_AspNetUsers_AuditorId",
                        column: x => x.AuditorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAudits_AspNetUsers_ModerationTakenById",
                        column: x => x.ModerationTakenById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAudits_AspNetUsers_ModeratorId",
                        column: x => x.ModeratorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAudits_AspNetUsers_StandInId",
                        column: x => x.StandInId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAudits_AuditCycles_AuditCycleId",
                        column: x => x.AuditCycleId,
                        principalTable: "AuditCycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CaseAudits_AuditToolVersions_ToolVersionId",
                        column: x => x.ToolVersionId,
                        principalTable: "AuditToolVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAudits_CaseFiles_CaseFileId",
                        column: x => x.CaseFileId,
                        principalTable: "CaseFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseAudits_DipSampleBatches_DipSampleBatchId",
                        column: x => x.DipSampleBatchId,
                        principalTable: "DipSampleBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuditActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseAuditId = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    For = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OwnerId = table.Column<string>(type: "text", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CompletionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConfirmedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditActions_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AuditActions_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseAuditId = table.Column<int>(type: "integer", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<string>(type: "text", nullable: true),
                    FromState = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ToState = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Trigger = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Comment = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    GradeBefore = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    GradeAfter = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    AuditActionId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditHistory_AspNetUsers_ActorId",
                        column: x => x.ActorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AuditHistory_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuditRecords",
                columns: table => new
                {
                    CaseAuditId = table.Column<int>(type: "integer", nullable: false),
                    FeedbackSought = table.Column<bool>(type: "boolean", nullable: true),
                    FeedbackSoughtFrom = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FeedbackObtained = table.Column<bool>(type: "boolean", nullable: true),
                    FeedbackSummary = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    FeedbackNotObtainedReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DiscussionHeld = table.Column<bool>(type: "boolean", nullable: true),
                    DiscussionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PractitionerView = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    DiscussionNotHeldReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Strengths = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    AreasForDevelopment = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    OverallGrade = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    OverallRationale = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    GradeDifferenceReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRecords", x => x.CaseAuditId);
                    table.ForeignKey(
                        name: "FK_AuditRecords_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditThemes",
                columns: table => new
                {
                    CaseAuditId = table.Column<int>(type: "integer", nullable: false),
                    LearningThemeId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditThemes", x => new { x.CaseAuditId, x.LearningThemeId });
                    table.ForeignKey(
                        name: "FK_AuditThemes_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AuditThemes_LearningThemes_LearningThemeId",
                        column: x => x.LearningThemeId,
                        principalTable: "LearningThemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CycleCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuditCycleId = table.Column<int>(type: "integer", nullable: false),
                    CaseFileId = table.Column<int>(type: "integer", nullable: false),
                    CycleDrawId = table.Column<int>(type: "integer", nullable: true),
                    ToolKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DipSampleBatchId = table.Column<int>(type: "integer", nullable: true),
                    ProposedAuditorId = table.Column<string>(type: "text", nullable: true),
                    Unassigned = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CaseAuditId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    table.ForeignKey(
                        name: "FK_CycleCases_DipSampleBatches_DipSampleBatchId",
                        column: x => x.DipSampleBatchId,
                        principalTable: "DipSampleBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Deadlines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CaseAuditId = table.Column<int>(type: "integer", nullable: false),
                    AuditActionId = table.Column<int>(type: "integer", nullable: true),
                    ImmediateResponseId = table.Column<int>(type: "integer", nullable: true),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    OwnerRole = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RemindAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReminderSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Deadlines_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExtensionRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseAuditId = table.Column<int>(type: "integer", nullable: false),
                    RequestedById = table.Column<string>(type: "text", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueDateWhenRequested = table.Column<DateOnly>(type: "date", nullable: false),
                    RequestedDueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedById = table.Column<string>(type: "text", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExtensionRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExtensionRequests_AspNetUsers_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExtensionRequests_AspNetUsers_RequestedById",
                        column: x => x.RequestedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExtensionRequests_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImmediateResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseAuditId = table.Column<int>(type: "integer", nullable: false),
                    RaisedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Risk = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    NeededNow = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImmediateResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImmediateResponses_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReflectiveConversations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseAuditId = table.Column<int>(type: "integer", nullable: false),
                    Uid = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AgendaNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OrganiserId = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HeldEarlierReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "SectionResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseAuditId = table.Column<int>(type: "integer", nullable: false),
                    ToolSectionId = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ModeratedGrade = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    NotApplicable = table.Column<bool>(type: "boolean", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectionResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SectionResponses_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SectionResponses_ToolSections_ToolSectionId",
                        column: x => x.ToolSectionId,
                        principalTable: "ToolSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GradeChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseAuditId = table.Column<int>(type: "integer", nullable: false),
                    ToolSectionId = table.Column<int>(type: "integer", nullable: true),
                    FromGrade = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ToGrade = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Reason = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    ChangedById = table.Column<string>(type: "text", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    HistoryEntryId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GradeChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GradeChanges_AspNetUsers_ChangedById",
                        column: x => x.ChangedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GradeChanges_AuditHistory_HistoryEntryId",
                        column: x => x.HistoryEntryId,
                        principalTable: "AuditHistory",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GradeChanges_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GradeChanges_ToolSections_ToolSectionId",
                        column: x => x.ToolSectionId,
                        principalTable: "ToolSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SectionModerationNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseAuditId = table.Column<int>(type: "integer", nullable: false),
                    ToolSectionId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    AuthorId = table.Column<string>(type: "text", nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    HistoryEntryId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectionModerationNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SectionModerationNotes_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SectionModerationNotes_AuditHistory_HistoryEntryId",
                        column: x => x.HistoryEntryId,
                        principalTable: "AuditHistory",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SectionModerationNotes_CaseAudits_CaseAuditId",
                        column: x => x.CaseAuditId,
                        principalTable: "CaseAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SectionModerationNotes_ToolSections_ToolSectionId",
                        column: x => x.ToolSectionId,
                        principalTable: "ToolSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImmediateResponseAcknowledgements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImmediateResponseId = table.Column<int>(type: "integer", nullable: false),
                    StaffMemberId = table.Column<string>(type: "text", nullable: false),
                    AskedAs = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ActionTaken = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImmediateResponseAcknowledgements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImmediateResponseAcknowledgements_AspNetUsers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImmediateResponseAcknowledgements_ImmediateResponses_Immedi~",
                        column: x => x.ImmediateResponseId,
                        principalTable: "ImmediateResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConversationInvitees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReflectiveConversationId = table.Column<int>(type: "integer", nullable: false),
                    StaffId = table.Column<string>(type: "text", nullable: false),
                    Answer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DeclineReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ProposedStart = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ProposedEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ProposalDeclinedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attended = table.Column<bool>(type: "boolean", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                        name: "FK_ConversationInvitees_ReflectiveConversations_ReflectiveConv~",
                        column: x => x.ReflectiveConversationId,
                        principalTable: "ReflectiveConversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[,]
                {
                    { "role-assistant-director", "role-assistant-director", "Assistant director", "ASSISTANT DIRECTOR" },
                    { "role-auditor", "role-auditor", "Auditor", "AUDITOR" },
                    { "role-pim", "role-pim", "Practice improvement manager", "PRACTICE IMPROVEMENT MANAGER" },
                    { "role-practitioner", "role-practitioner", "Practitioner", "PRACTITIONER" },
                    { "role-qa-lead", "role-qa-lead", "QA lead", "QA LEAD" },
                    { "role-service-manager", "role-service-manager", "Service manager", "SERVICE MANAGER" },
                    { "role-team-manager", "role-team-manager", "Team manager", "TEAM MANAGER" }
                });

            migrationBuilder.InsertData(
                table: "AuditTools",
                columns: new[] { "Id", "Description", "Kind", "Name" },
                values: new object[,]
                {
                    { 1, "A full case-file audit with the practitioner and their manager involved.", "DeepDive", "Deep dive case audit" },
                    { 2, "A bespoke audit of a fostering household's assessment, support and safer care.", "Fostering", "Fostering household audit" },
                    { 3, "A lighter audit of the quality of case supervision.", "Supervision", "Supervision audit" },
                    { 4, "A short, themed look at many cases. Each version holds one theme's questions.", "DipSample", "Thematic dip sample" },
                    { 5, "A practice improvement manager observes practice, such as a visit or meeting, and gives feedback.", "PracticeObservation", "Practice observation" }
                });

            migrationBuilder.InsertData(
                table: "BankHolidays",
                columns: new[] { "Date", "AddedById", "Name" },
                values: new object[,]
                {
                    { new DateOnly(2024, 1, 1), null, "New Year's Day" },
                    { new DateOnly(2024, 3, 29), null, "Good Friday" },
                    { new DateOnly(2024, 4, 1), null, "Easter Monday" },
                    { new DateOnly(2024, 5, 6), null, "Early May bank holiday" },
                    { new DateOnly(2024, 5, 27), null, "Spring bank holiday" },
                    { new DateOnly(2024, 8, 26), null, "Summer bank holiday" },
                    { new DateOnly(2024, 12, 25), null, "Christmas Day" },
                    { new DateOnly(2024, 12, 26), null, "Boxing Day" },
                    { new DateOnly(2025, 1, 1), null, "New Year's Day" },
                    { new DateOnly(2025, 4, 18), null, "Good Friday" },
                    { new DateOnly(2025, 4, 21), null, "Easter Monday" },
                    { new DateOnly(2025, 5, 5), null, "Early May bank holiday" },
                    { new DateOnly(2025, 5, 26), null, "Spring bank holiday" },
                    { new DateOnly(2025, 8, 25), null, "Summer bank holiday" },
                    { new DateOnly(2025, 12, 25), null, "Christmas Day" },
                    { new DateOnly(2025, 12, 26), null, "Boxing Day" },
                    { new DateOnly(2026, 1, 1), null, "New Year's Day" },
                    { new DateOnly(2026, 4, 3), null, "Good Friday" },
                    { new DateOnly(2026, 4, 6), null, "Easter Monday" },
                    { new DateOnly(2026, 5, 4), null, "Early May bank holiday" },
                    { new DateOnly(2026, 5, 25), null, "Spring bank holiday" },
                    { new DateOnly(2026, 8, 31), null, "Summer bank holiday" },
                    { new DateOnly(2026, 12, 25), null, "Christmas Day" },
                    { new DateOnly(2026, 12, 28), null, "Boxing Day (substitute day)" },
                    { new DateOnly(2027, 1, 1), null, "New Year's Day" },
                    { new DateOnly(2027, 3, 26), null, "Good Friday" },
                    { new DateOnly(2027, 3, 29), null, "Easter Monday" },
                    { new DateOnly(2027, 5, 3), null, "Early May bank holiday" },
                    { new DateOnly(2027, 5, 31), null, "Spring bank holiday" },
                    { new DateOnly(2027, 8, 30), null, "Summer bank holiday" },
                    { new DateOnly(2027, 12, 27), null, "Christmas Day (substitute day)" },
                    { new DateOnly(2027, 12, 28), null, "Boxing Day (substitute day)" }
                });

            migrationBuilder.InsertData(
                table: "LearningThemes",
                columns: new[] { "Id", "IsActive", "Name" },
                values: new object[,]
                {
                    { 1, true, "Voice of the child" },
                    { 2, true, "Lived experience" },
                    { 3, true, "Cumulative harm" },
                    { 4, true, "Assessment and analysis" },
                    { 5, true, "Planning" },
                    { 6, true, "Safety planning" },
                    { 7, true, "Multi-agency working" },
                    { 8, true, "Management oversight" },
                    { 9, true, "Supervision" },
                    { 10, true, "Drift and delay" },
                    { 11, true, "Recording" },
                    { 12, true, "Neglect" },
                    { 13, true, "Domestic abuse" },
                    { 14, true, "Contextual safeguarding" },
                    { 15, true, "Transitions" },
                    { 16, true, "Permanence" }
                });

            migrationBuilder.InsertData(
                table: "WorkflowSettings",
                columns: new[] { "Id", "AssistantDirectorForGood", "AssistantDirectorForInadequate", "AssistantDirectorForOutstanding", "AssistantDirectorForRequiresImprovement", "CaseReferencePattern", "DefaultAuditWorkingDays", "EscalateToQaLead", "GoodOrOutstandingModerationWorkingDays", "InadequateModerationWorkingDays", "ReflectiveConversationWorkingDays", "ReminderLeadWorkingDays", "RequiresImprovementModerationWorkingDays", "RequiresImprovementSamplePercent", "ReturnedAuditWorkingDays", "Version" },
                values: new object[] { 1, true, true, true, false, null, 20, true, 10, 5, 15, 2, 10, 10, 5, 0 });

            migrationBuilder.InsertData(
                table: "AuditToolVersions",
                columns: new[] { "Id", "AuditToolId", "CreatedAt", "CreatedById", "Notes", "Number", "PublishedAt", "PublishedById", "Scale", "Status", "Version" },
                values: new object[,]
                {
                    { 1, 1, new DateTimeOffset(new DateTime(2026, 11, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, null, 1, new DateTimeOffset(new DateTime(2026, 11, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Ofsted", "Published", 0 },
                    { 2, 2, new DateTimeOffset(new DateTime(2026, 11, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, null, 1, new DateTimeOffset(new DateTime(2026, 11, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Ofsted", "Published", 0 },
                    { 3, 3, new DateTimeOffset(new DateTime(2026, 11, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, null, 1, new DateTimeOffset(new DateTime(2026, 11, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "MetNotMet", "Published", 0 },
                    { 4, 4, new DateTimeOffset(new DateTime(2026, 11, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Theme: the voice of the child", 1, new DateTimeOffset(new DateTime(2026, 11, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Ofsted", "Published", 0 },
                    { 5, 5, new DateTimeOffset(new DateTime(2026, 11, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, null, 1, new DateTimeOffset(new DateTime(2026, 11, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Ofsted", "Published", 0 }
                });

            migrationBuilder.InsertData(
                table: "ToolSections",
                columns: new[] { "Id", "AllowNotApplicable", "AuditToolVersionId", "EvidenceRequired", "Guidance", "IsGraded", "Position", "Title" },
                values: new object[,]
                {
                    { 1, false, 1, true, "Why is the child known to us?\nWhat is the current plan and legal status?\nWho is in the child's household and network?", false, 1, "Case summary" },
                    { 2, false, 1, true, "Is the child seen, and seen alone where appropriate?\nAre their wishes and feelings recorded in their own words?\nIs it clear what a day in their life is like?", true, 2, "The voice and lived experience of the child" },
                    { 3, false, 1, true, "Is the assessment up to date and proportionate?\nDoes it consider history and cumulative harm?\nIs there analysis, not just description?", true, 3, "Assessment and analysis" },
                    { 4, false, 1, true, "Is there a SMART plan that addresses the assessed needs?\nIs it reviewed on time and does it change when needs change?", true, 4, "Planning and review" },
                    { 5, true, 1, true, "Are risks identified and responded to promptly?\nIs there a clear safety plan that the family understands?", true, 5, "Safety planning and the response to risk" },
                    { 6, false, 1, true, "Are partners involved in assessment, planning and review?\nIs information shared appropriately and challenge escalated?", true, 6, "Multi-agency working" },
                    { 7, false, 1, true, "Is there regular, reflective supervision recorded on the file?\nDo managers give clear direction and check it is followed?", true, 7, "Management oversight and supervision" },
                    { 8, false, 1, true, "Is there evidence of drift or delay?\nHave timescales for the child been met?", true, 8, "Drift and delay" },
                    { 9, false, 1, true, "Is the record up to date, clear and written for the child?\nCould the child read it and understand their story?", true, 9, "Recording" },
                    { 10, false, 1, true, "What difference has our involvement made for the child?\nIs the child's situation improving?", true, 10, "Impact" },
                    { 11, false, 2, true, "Who lives in the household?\nWhat is the approval and which children are placed?", false, 1, "Household summary" },
                    { 12, false, 2, true, "Is the assessment thorough, analytical and presented to panel on time?", true, 2, "Assessment and approval" },
                    { 13, false, 2, true, "Is supervision regular, recorded and reflective?\nIs support matched to the household's needs?", true, 3, "Supervision and support of foster carers" },
                    { 14, false, 2, true, "Are core and specialist training completed and recorded?", true, 4, "Training and development" },
                    { 15, false, 2, true, "Is there an up-to-date safer caring plan?\nAre allegations and concerns managed properly?", true, 5, "Safer caring and safeguarding" },
                    { 16, true, 2, true, "Were matches well considered?\nAre placements stable, and is disruption learnt from?", true, 6, "Matching and placement stability" },
                    { 17, false, 2, true, "Are the views of fostered children and the carers' own children sought and acted on?", true, 7, "The voice of children in the household" },
                    { 18, false, 2, true, "Is the annual review on time and does it consider all the evidence?", true, 8, "Annual review" },
                    { 19, false, 2, true, "Is the household file up to date and well organised?", true, 9, "Recording" },
                    { 20, false, 2, true, "What difference does this household make for the children it cares for?", true, 10, "Impact" },
                    { 21, false, 3, true, "Is supervision happening as often as the policy requires?", true, 1, "Frequency and timeliness" },
                    { 22, false, 3, true, "Does supervision help the practitioner reflect on the child's experience and on risk?", true, 2, "Reflection and analysis" },
                    { 23, false, 3, true, "Are decisions and actions clear, with timescales and owners?", true, 3, "Case direction and decisions" },
                    { 24, true, 3, true, "Is the practitioner's wellbeing and learning considered?", true, 4, "Practitioner wellbeing and development" },
                    { 25, false, 3, true, "Is supervision recorded on the child's file promptly?", true, 5, "Recording of supervision" },
                    { 26, false, 3, true, "Did supervision move the child's plan forward?", true, 6, "Impact on the child's plan" },
                    { 27, true, 4, true, "Look at the last three visits.", true, 1, "Is the child seen, and seen alone where appropriate?" },
                    { 28, false, 4, true, "Look for direct quotes and direct work.", true, 2, "Are the child's wishes and feelings recorded in their own words?" },
                    { 29, false, 4, true, "Can you trace what the child said into a decision?", true, 3, "Has the child's voice influenced their plan?" },
                    { 30, false, 4, true, "Could a new worker describe a day in this child's life?", true, 4, "Is the child's lived experience clear from the record?" },
                    { 31, false, 5, true, "Was the practitioner prepared, with a clear purpose shared with the family?", true, 1, "Preparation and purpose" },
                    { 32, false, 5, true, "How did the practitioner build a relationship with the child and family?", true, 2, "Relationship and engagement" },
                    { 33, true, 5, true, "Were direct work tools and the practice model used well?", true, 3, "Direct work and the practice model" },
                    { 34, false, 5, true, "Did the practitioner analyse what they saw and heard, and reflect afterwards?", true, 4, "Analysis and reflection" },
                    { 35, false, 5, true, "Was the child's voice heard and made central?", true, 5, "The child's voice" },
                    { 36, false, 5, true, "What feedback was given, and what did the practitioner take from it?", false, 6, "Feedback to the practitioner" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountEvents_OccurredAt",
                table: "AccountEvents",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_AccountEvents_Staff_OccurredAt",
                table: "AccountEvents",
                columns: new[] { "StaffMemberId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_TeamId",
                table: "AspNetUsers",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_Staff_FullName",
                table: "AspNetUsers",
                column: "FullName");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UX_Staff_StaffNumber",
                table: "AspNetUsers",
                column: "StaffNumber",
                unique: true,
                filter: "\"StaffNumber\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AuditActions_CaseAuditId",
                table: "AuditActions",
                column: "CaseAuditId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditActions_DueDate",
                table: "AuditActions",
                column: "DueDate");

            migrationBuilder.CreateIndex(
                name: "IX_AuditActions_Owner_CompletedAt",
                table: "AuditActions",
                columns: new[] { "OwnerId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "UX_AuditCycles_Month",
                table: "AuditCycles",
                column: "Month",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditHistory_ActorId",
                table: "AuditHistory",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditHistory_Audit_OccurredAt",
                table: "AuditHistory",
                columns: new[] { "CaseAuditId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditHistory_AuditActionId",
                table: "AuditHistory",
                column: "AuditActionId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditThemes_LearningThemeId",
                table: "AuditThemes",
                column: "LearningThemeId");

            migrationBuilder.CreateIndex(
                name: "UX_AuditTools_Name",
                table: "AuditTools",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UX_AuditToolVersions_Tool_Number",
                table: "AuditToolVersions",
                columns: new[] { "AuditToolId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_AllocatedAt_Report",
                table: "CaseAudits",
                columns: new[] { "AllocatedAt", "IsImported", "CaseFileId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_AuditCycleId",
                table: "CaseAudits",
                column: "AuditCycleId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_Auditor_State",
                table: "CaseAudits",
                columns: new[] { "AuditorId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_CaseFileId",
                table: "CaseAudits",
                column: "CaseFileId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_ConversationHeldAt",
                table: "CaseAudits",
                column: "ConversationHeldAt");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_DipSampleBatchId",
                table: "CaseAudits",
                column: "DipSampleBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_GradeConfirmed_Report",
                table: "CaseAudits",
                columns: new[] { "GradeConfirmedAt", "State", "FinalGrade", "ToolVersionId", "CaseFileId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_ModerationTakenById",
                table: "CaseAudits",
                column: "ModerationTakenById");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_ModeratorId",
                table: "CaseAudits",
                column: "ModeratorId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_StandInId",
                table: "CaseAudits",
                column: "StandInId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_State",
                table: "CaseAudits",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudits_ToolVersionId",
                table: "CaseAudits",
                column: "ToolVersionId");

            migrationBuilder.CreateIndex(
                name: "UX_CaseAudits_ImportExternalId",
                table: "CaseAudits",
                column: "ImportExternalId",
                unique: true,
                filter: "\"ImportExternalId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "UX_CaseAudits_OneOpenPerCase",
                table: "CaseAudits",
                column: "CaseFileId",
                unique: true,
                filter: "\"State\" NOT IN ('Closed', 'Cancelled')");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_PractitionerId",
                table: "CaseFiles",
                column: "PractitionerId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_TeamId",
                table: "CaseFiles",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "UX_CaseFiles_Reference",
                table: "CaseFiles",
                column: "Reference",
                unique: true);

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
                name: "IX_CycleCases_DipSampleBatchId",
                table: "CycleCases",
                column: "DipSampleBatchId");

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
                name: "IX_Deadlines_Audit_Kind",
                table: "Deadlines",
                columns: new[] { "CaseAuditId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Open_DueAt",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Open_RemindAt",
                table: "Deadlines",
                columns: new[] { "CompletedAt", "RemindAt" });

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

            migrationBuilder.CreateIndex(
                name: "IX_Directorates_AssistantDirectorId",
                table: "Directorates",
                column: "AssistantDirectorId");

            migrationBuilder.CreateIndex(
                name: "UX_Directorates_Name",
                table: "Directorates",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionRequests_CaseAudit_Status",
                table: "ExtensionRequests",
                columns: new[] { "CaseAuditId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionRequests_DecidedById",
                table: "ExtensionRequests",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionRequests_RequestedById",
                table: "ExtensionRequests",
                column: "RequestedById");

            migrationBuilder.CreateIndex(
                name: "IX_GradeChanges_Audit",
                table: "GradeChanges",
                column: "CaseAuditId");

            migrationBuilder.CreateIndex(
                name: "IX_GradeChanges_ChangedAt",
                table: "GradeChanges",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_GradeChanges_ChangedById",
                table: "GradeChanges",
                column: "ChangedById");

            migrationBuilder.CreateIndex(
                name: "IX_GradeChanges_HistoryEntryId",
                table: "GradeChanges",
                column: "HistoryEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_GradeChanges_ToolSectionId",
                table: "GradeChanges",
                column: "ToolSectionId");

            migrationBuilder.CreateIndex(
                name: "IX_ImmediateResponseAcknowledgements_ImmediateResponseId",
                table: "ImmediateResponseAcknowledgements",
                column: "ImmediateResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_ImmediateResponseAcks_Staff_AcknowledgedAt",
                table: "ImmediateResponseAcknowledgements",
                columns: new[] { "StaffMemberId", "AcknowledgedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ImmediateResponses_CaseAuditId",
                table: "ImmediateResponses",
                column: "CaseAuditId");

            migrationBuilder.CreateIndex(
                name: "IX_ImmediateResponses_RaisedAt",
                table: "ImmediateResponses",
                column: "RaisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_StaffMemberId",
                table: "Invitations",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "UX_Invitations_TokenHash",
                table: "Invitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UX_LearningThemes_Name",
                table: "LearningThemes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_CreatedAt",
                table: "OutboxMessages",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt",
                table: "OutboxMessages",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Status_NextAttemptAt",
                table: "OutboxMessages",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "UX_OutboxMessages_MessageId",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonalAccessTokens_Owner_ExpiresAt",
                table: "PersonalAccessTokens",
                columns: new[] { "OwnerId", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "UX_PersonalAccessTokens_TokenHash",
                table: "PersonalAccessTokens",
                column: "TokenHash",
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

            migrationBuilder.CreateIndex(
                name: "IX_SectionModerationNotes_Audit",
                table: "SectionModerationNotes",
                column: "CaseAuditId");

            migrationBuilder.CreateIndex(
                name: "IX_SectionModerationNotes_AuthorId",
                table: "SectionModerationNotes",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_SectionModerationNotes_HistoryEntryId",
                table: "SectionModerationNotes",
                column: "HistoryEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_SectionModerationNotes_ToolSectionId",
                table: "SectionModerationNotes",
                column: "ToolSectionId");

            migrationBuilder.CreateIndex(
                name: "IX_SectionResponses_ToolSectionId",
                table: "SectionResponses",
                column: "ToolSectionId");

            migrationBuilder.CreateIndex(
                name: "UX_SectionResponses_Audit_Section",
                table: "SectionResponses",
                columns: new[] { "CaseAuditId", "ToolSectionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceAreas_DirectorateId",
                table: "ServiceAreas",
                column: "DirectorateId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceAreas_ServiceManagerId",
                table: "ServiceAreas",
                column: "ServiceManagerId");

            migrationBuilder.CreateIndex(
                name: "UX_ServiceAreas_Name",
                table: "ServiceAreas",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffAbsences_StaffMemberId_From",
                table: "StaffAbsences",
                columns: new[] { "StaffMemberId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_Teams_ServiceAreaId",
                table: "Teams",
                column: "ServiceAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Teams_TeamManagerId",
                table: "Teams",
                column: "TeamManagerId");

            migrationBuilder.CreateIndex(
                name: "UX_Teams_Name",
                table: "Teams",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ToolSections_Version_Position",
                table: "ToolSections",
                columns: new[] { "AuditToolVersionId", "Position" });

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                table: "AspNetUserClaims",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                table: "AspNetUserLogins",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                table: "AspNetUserRoles",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Teams_TeamId",
                table: "AspNetUsers",
                column: "TeamId",
                principalTable: "Teams",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Directorates_AspNetUsers_AssistantDirectorId",
                table: "Directorates");

            migrationBuilder.DropForeignKey(
                name: "FK_ServiceAreas_AspNetUsers_ServiceManagerId",
                table: "ServiceAreas");

            migrationBuilder.DropForeignKey(
                name: "FK_Teams_AspNetUsers_TeamManagerId",
                table: "Teams");

            migrationBuilder.DropTable(
                name: "AccountEvents");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditActions");

            migrationBuilder.DropTable(
                name: "AuditRecords");

            migrationBuilder.DropTable(
                name: "AuditThemes");

            migrationBuilder.DropTable(
                name: "BankHolidays");

            migrationBuilder.DropTable(
                name: "ConversationInvitees");

            migrationBuilder.DropTable(
                name: "CycleCases");

            migrationBuilder.DropTable(
                name: "CyclePlans");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Deadlines");

            migrationBuilder.DropTable(
                name: "ExtensionRequests");

            migrationBuilder.DropTable(
                name: "GradeChanges");

            migrationBuilder.DropTable(
                name: "ImmediateResponseAcknowledgements");

            migrationBuilder.DropTable(
                name: "Invitations");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "PersonalAccessTokens");

            migrationBuilder.DropTable(
                name: "SectionModerationNotes");

            migrationBuilder.DropTable(
                name: "SectionResponses");

            migrationBuilder.DropTable(
                name: "StaffAbsences");

            migrationBuilder.DropTable(
                name: "WorkflowSettings");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "LearningThemes");

            migrationBuilder.DropTable(
                name: "ReflectiveConversations");

            migrationBuilder.DropTable(
                name: "CycleDraws");

            migrationBuilder.DropTable(
                name: "ImmediateResponses");

            migrationBuilder.DropTable(
                name: "AuditHistory");

            migrationBuilder.DropTable(
                name: "ToolSections");

            migrationBuilder.DropTable(
                name: "CaseAudits");

            migrationBuilder.DropTable(
                name: "CaseFiles");

            migrationBuilder.DropTable(
                name: "DipSampleBatches");

            migrationBuilder.DropTable(
                name: "AuditCycles");

            migrationBuilder.DropTable(
                name: "AuditToolVersions");

            migrationBuilder.DropTable(
                name: "AuditTools");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Teams");

            migrationBuilder.DropTable(
                name: "ServiceAreas");

            migrationBuilder.DropTable(
                name: "Directorates");
        }
    }
}
