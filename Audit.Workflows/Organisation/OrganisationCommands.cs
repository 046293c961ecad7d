namespace Audit.Workflows.Organisation;

public sealed record DirectorateCommand(string? Name, string? AssistantDirectorId);

public sealed record ServiceAreaCommand(string? Name, int? DirectorateId, string? ServiceManagerId);

public sealed record TeamCommand(string? Name, int? ServiceAreaId, string? TeamManagerId);

/// <summary>The whole organisation, for the organisation page: directorates, then service areas, then teams.</summary>
public sealed record OrganisationTree(IReadOnlyList<DirectorateNode> Directorates);

public sealed record DirectorateNode(int Id, string Name, string? AssistantDirector, IReadOnlyList<ServiceAreaNode> ServiceAreas);

public sealed record ServiceAreaNode(int Id, string Name, string? ServiceManager, IReadOnlyList<TeamNode> Teams);

/// <summary>A team; <see cref="MemberCount"/> counts current (active) members only.</summary>
public sealed record TeamNode(int Id, string Name, string? TeamManager, int MemberCount);

/// <summary>A choice in a list of people or organisation units.</summary>
public sealed record Choice<TKey>(TKey Id, string Name);

public sealed record DirectorateRecord(int Id, string Name, string? AssistantDirectorId, string? AssistantDirector, int Version);

public sealed record ServiceAreaRecord(int Id, string Name, int DirectorateId, string Directorate, string? ServiceManagerId, string? ServiceManager, int Version);

public sealed record TeamRecord(int Id, string Name, int ServiceAreaId, string ServiceArea, string? TeamManagerId, string? TeamManager, int Version);
