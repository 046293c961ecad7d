namespace Audit.Data.Models;

/// <summary>An assistant director's directorate; it contains service areas.</summary>
public class Directorate : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? AssistantDirectorId { get; set; }
    public StaffMember? AssistantDirector { get; set; }
    public List<ServiceArea> ServiceAreas { get; set; } = [];
    public int Version { get; set; }
}

/// <summary>A service area (for example Front Door) led by a service manager; it contains teams.</summary>
public class ServiceArea : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int DirectorateId { get; set; }
    public Directorate? Directorate { get; set; }
    public string? ServiceManagerId { get; set; }
    public StaffMember? ServiceManager { get; set; }
    public List<Team> Teams { get; set; } = [];
    public int Version { get; set; }
}

/// <summary>A team of practitioners with a team manager.</summary>
public class Team : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int ServiceAreaId { get; set; }
    public ServiceArea? ServiceArea { get; set; }
    public string? TeamManagerId { get; set; }
    public StaffMember? TeamManager { get; set; }
    public List<StaffMember> Members { get; set; } = [];
    public int Version { get; set; }
}
