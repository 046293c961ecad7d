using Audit.Workflows.Programme;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Allocation;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Demo;
using Audit.Workflows.Grading;
using Audit.Workflows.Identity;
using Audit.Workflows.ImmediateResponses;
using Audit.Workflows.Inbox;
using Audit.Workflows.Notifications;
using Audit.Workflows.Retention;
using Audit.Workflows.Reporting;
using Audit.Workflows.Settings;
using Audit.Workflows.Staff;
using Audit.Workflows.Tools;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace Audit.Workflows;

public static class WorkflowsServiceCollectionExtensions
{
    public const string SchedulerEnabledKey = "Audit:Scheduler:Enabled";

    public static IServiceCollection AddAuditWorkflows(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();

        services.AddOptions<AppOptions>().Bind(configuration.GetSection(AppOptions.Section))
            .Validate(o => Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp),
                "Audit:BaseUrl must be an absolute http(s) address, like https://audit.council.gov.uk")
            .Validate(o => o.InvitationValidDays is >= 1 and <= 30, "Audit:InvitationValidDays must be between 1 and 30")
            .ValidateOnStart();
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.FromAddress) && o.FromAddress.Contains('@', StringComparison.Ordinal), "Email:FromAddress must be an email address")
            .Validate(o => !o.UsesSmtp || o.Smtp.Port is > 0 and < 65536, "Email:Smtp:Port must be between 1 and 65535")
            .Validate(o => o.MaxAttempts >= 1 && o.FirstRetryDelaySeconds >= 1 && o.MaxRetryDelaySeconds >= o.FirstRetryDelaySeconds,
                "Email retry settings must be positive, with MaxRetryDelaySeconds at least FirstRetryDelaySeconds")
            .Validate(o => o.SendIntervalSeconds >= 1 && o.BatchSize >= 1, "Email:SendIntervalSeconds and Email:BatchSize must be at least 1")
            .Validate(o => o.Smtp.TimeoutSeconds is >= 1 and <= 600, "Email:Smtp:TimeoutSeconds must be between 1 and 600 seconds")
            .Validate(o => o.ClaimSaveMarginSeconds is >= 1 and <= 600, "Email:ClaimSaveMarginSeconds must be between 1 and 600 seconds")
            .Validate(o => o.ClaimSeconds > o.Smtp.TimeoutSeconds + o.ClaimSaveMarginSeconds,
                "Email:ClaimSeconds must be longer than Email:Smtp:TimeoutSeconds plus Email:ClaimSaveMarginSeconds, so a claim covers a whole send and the save that marks it sent")
            .ValidateOnStart();

        // Notifications
        services.AddScoped<Outbox>();
        services.AddSingleton<EmailTemplates>();
        services.AddSingleton<MimeMessageFactory>();
        services.AddSingleton<SmtpMailTransport>();
        services.AddSingleton<PickupFolderMailTransport>();
        services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.UsesSmtp
            ? sp.GetRequiredService<SmtpMailTransport>()
            : sp.GetRequiredService<PickupFolderMailTransport>());
        services.AddScoped<OutboxSender>();
        services.AddScoped<OutboxAdministration>();
        services.AddScoped<TestEmailService>();

        // Identity and staff
        services.AddIdentity<StaffMember, IdentityRole>(o =>
            {
                // NCSC guidance: length and a block list of common passwords, no composition rules.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AuditDbContext>()
            .AddSignInManager<AuditSignInManager>()
            .AddClaimsPrincipalFactory<AuditClaimsPrincipalFactory>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.AddScoped<AccountEvents>();
        services.AddScoped<SignInService>();
        services.AddScoped<PasswordService>();
        services.AddScoped<TwoFactorService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<StaffService>();
        services.AddScoped<Audit.Workflows.Organisation.OrganisationService>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoAuditSeeder>().AddScoped<DemoActionSeeder>();
        services.AddScoped<DemoPractitionerSeeder>().AddScoped<DemoConversationSeeder>();

        // The deep-dive audit workflow
        services.AddScoped<AuditAccess>();
        services.AddScoped<AllocationRules>();
        services.AddProgramme();
        services.AddScoped<WorkingDays>();
        services.AddSingleton<WorkflowPolicyCache>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, WorkflowPolicyInvalidation>();
        services.AddScoped<DeadlineScheduler>();
        services.AddScoped<DeepDiveEmails>();
        services.AddScoped<Conversations.ConversationEmails>();
        services.AddScoped<Extensions.ExtensionEmails>();
        services.AddScoped<Conversations.ConversationInvitations>().AddScoped<Conversations.ConversationActions>();
        services.AddScoped<Conversations.ConversationQueries>();
        services.AddAuditCommands();
        services.AddScoped<AuditFormService>();
        services.AddScoped<Actions.ActionOwners>().AddScoped<Actions.ActionEmails>().AddScoped<Actions.ActionDeadlines>().AddScoped<Actions.AuditClosing>();
        services.AddScoped<Actions.ActionQueries>().AddScoped<Actions.AllowedActionOwners>();
        services.AddScoped<ImmediateResponseService>();

        // Deadlines and the QA lead's settings
        services.AddScoped<DeadlineEmails>();
        services.AddScoped<DeadlineSweep>();
        services.AddScoped<WorkflowSettingsService>();
        services.AddScoped<BankHolidayService>();
        services.AddScoped<BankHolidayImport>();
        services.AddScoped<AuditListService>();
        services.AddScoped<CaseService>();
        services.AddScoped<Audit.Workflows.Imports.CaseListImport>();
        services.AddScoped<Audit.Workflows.Imports.HistoricAuditImport>();
        services.AddScoped<Audit.Workflows.Scale.SyntheticAuditGenerator>();
        services.AddScoped<InboxService>().AddInboxSources();
        services.AddScoped<AuditToolService>().AddScoped<LearningThemeService>();
        services.AddScoped<AuditOverviews>();
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(o => o.YearsAfterClosure is null or (>= 1 and <= 100), "Retention:YearsAfterClosure must be between 1 and 100 years, or empty")
            .Validate(o => o.IntervalHours is >= 1 and <= 24 * 31, "Retention:IntervalHours must be between 1 and 744")
            .ValidateOnStart();
        services.AddScoped<RetentionRule>();
        services.AddScoped<ReportQueries>().AddScoped<PeriodReportService>().AddScoped<KpiQueries>().AddScoped<DashboardService>();
        services.AddScoped<Reporting.Feeds.AccessTokens>().AddScoped<Reporting.Feeds.FeedQueries>().AddScoped<GoodPracticeQueries>().AddScoped<DipSampleReports>();

        services.AddQuartz(q =>
        {
            var interval = Math.Max(1, configuration.GetValue<int?>($"{EmailOptions.Section}:{nameof(EmailOptions.SendIntervalSeconds)}") ?? 15);
            q.ScheduleJob<OutboxSenderJob>(
                t => t.WithIdentity("outbox-sender-trigger").StartNow()
                    .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(TimeSpan.FromSeconds(interval)).RepeatForever()),
                j => j.WithIdentity(OutboxSenderJob.Key));

            // StartNow runs a sweep as soon as the application starts, so deadlines that passed while it was stopped
            // are escalated without waiting a whole interval.
            var sweepMinutes = Math.Max(1, configuration.GetValue<int?>(DeadlineSweepJob.IntervalMinutesKey) ?? 5);
            q.ScheduleJob<DeadlineSweepJob>(
                t => t.WithIdentity("deadline-sweep-trigger").StartNow()
                    .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(TimeSpan.FromMinutes(sweepMinutes)).RepeatForever()),
                j => j.WithIdentity(DeadlineSweepJob.Key));

            var retention = configuration.GetSection(RetentionOptions.Section).Get<RetentionOptions>() ?? new();
            if (retention.YearsAfterClosure is not null)
            {
                q.ScheduleJob<RetentionJob>(
                    t => t.WithIdentity("retention-trigger").StartNow()
                        .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(TimeSpan.FromHours(Math.Max(1, retention.IntervalHours))).RepeatForever()),
                    j => j.WithIdentity(RetentionJob.Key));
            }
        });
        if (configuration.GetValue(SchedulerEnabledKey, true))
        {
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }

        return services;
    }
}
