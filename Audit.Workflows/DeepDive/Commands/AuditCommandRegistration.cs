using Audit.Workflows.DeepDive.Stages;
using Audit.Workflows.Moderation;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Workflows.DeepDive.Commands;

public static class AuditCommandRegistration
{
    /// <summary>
    /// Registers the workflow's commands: <see cref="AuditCommands"/>, what the handlers share, and every
    /// <see cref="IAuditCommandHandler{TCommand}"/> in this assembly — so a new command is one new file (its record,
    /// its validation and its handler) and no change here.
    /// </summary>
    public static IServiceCollection AddAuditCommands(this IServiceCollection services)
    {
        services.AddScoped<AuditCommands>();
        services.AddScoped<DeepDiveWorkflows>();
        services.AddScoped<AllocateHandler>();
        services.AddScoped<StageEntry>();
        services.AddScoped<StageHandover>();
        services.AddScoped<StandInCandidates>();
        services.AddScoped<ModerationAssignment>();
        services.AddScoped<ModerationRecords>();
        services.AddScoped<ModerationQueue>();
        var handlers = typeof(AuditCommands).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAuditCommandHandler<>))
                .Select(i => (Service: i, Implementation: t)));
        foreach (var (service, implementation) in handlers)
        {
            services.AddScoped(service, implementation);
        }

        return services;
    }
}
