using Audit.Workflows.Allocation;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Workflows.Programme;

public static class ProgrammeServices
{
    /// <summary>The month's programme: cycles, draws, the proposal and its confirmation.</summary>
    public static IServiceCollection AddProgramme(this IServiceCollection services) => services
        .AddScoped<AuditAllocation>()
        .AddScoped<ProposalInputs>()
        .AddScoped<ProgrammeEmails>()
        .AddScoped<CycleQueries>()
        .AddScoped<OpenCycleHandler>()
        .AddScoped<UpdateCycleHandler>()
        .AddScoped<SetCycleStatusHandler>()
        .AddScoped<DrawCasesHandler>()
        .AddScoped<ProposeAllocationHandler>()
        .AddScoped<ChangeProposalHandler>()
        .AddScoped<RemoveCycleCaseHandler>()
        .AddScoped<ConfirmProposalHandler>()
        .AddScoped<StartDipSampleBatchHandler>()
        .AddScoped<Staff.StaffAvailabilityHandler>()
        .AddScoped<Staff.StaffAvailability>()
        .AddScoped<Demo.DemoProgramme>();
}
