using Audit.Workflows.Organisation;

namespace Audit.Web.Pages.Admin.Organisation;

public sealed class DirectorateInput : IOrganisationInput
{
    public string? Name { get; set; }
    public string? AssistantDirectorId { get; set; }
    public int Version { get; set; }

    public DirectorateCommand ToCommand() => new(Name, AssistantDirectorId);

    public static DirectorateInput From(DirectorateRecord record) => new() { Name = record.Name, AssistantDirectorId = record.AssistantDirectorId, Version = record.Version };
}

public sealed class ServiceAreaInput : IOrganisationInput
{
    public string? Name { get; set; }
    public int? DirectorateId { get; set; }
    public string? ServiceManagerId { get; set; }
    public int Version { get; set; }

    public ServiceAreaCommand ToCommand() => new(Name, DirectorateId, ServiceManagerId);

    public static ServiceAreaInput From(ServiceAreaRecord record) =>
        new() { Name = record.Name, DirectorateId = record.DirectorateId, ServiceManagerId = record.ServiceManagerId, Version = record.Version };
}

public sealed class TeamInput : IOrganisationInput
{
    public string? Name { get; set; }
    public int? ServiceAreaId { get; set; }
    public string? TeamManagerId { get; set; }
    public int Version { get; set; }

    public TeamCommand ToCommand() => new(Name, ServiceAreaId, TeamManagerId);

    public static TeamInput From(TeamRecord record) =>
        new() { Name = record.Name, ServiceAreaId = record.ServiceAreaId, TeamManagerId = record.TeamManagerId, Version = record.Version };
}
