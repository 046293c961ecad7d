using Audit.Data.Models;
using Audit.Tests.Infrastructure;

namespace Audit.Tests.Builders;

public static partial class TestData
{
    /// <summary>A team in its own new service area and directorate, each with a unique name.</summary>
    public static OrganisationBuilder ATeam() => new(Interlocked.Increment(ref counter));
}

/// <summary>What <see cref="OrganisationBuilder"/> created.</summary>
public sealed record TestTeam(int DirectorateId, string DirectorateName, int ServiceAreaId, string ServiceAreaName, int TeamId, string TeamName);

/// <summary>Builds a directorate, service area and team straight through the DbContext.</summary>
public sealed class OrganisationBuilder(int number)
{
    private readonly string tag = $"{number}-{Guid.NewGuid():N}"[..12];
    private string? teamName;
    private string? teamManagerId;
    private string? serviceManagerId;
    private string? assistantDirectorId;

    public OrganisationBuilder Named(string name)
    {
        teamName = name;
        return this;
    }

    public OrganisationBuilder ManagedBy(TestStaff teamManager)
    {
        teamManagerId = teamManager.Id;
        return this;
    }

    public OrganisationBuilder WithServiceManager(TestStaff serviceManager)
    {
        serviceManagerId = serviceManager.Id;
        return this;
    }

    public OrganisationBuilder WithAssistantDirector(TestStaff assistantDirector)
    {
        assistantDirectorId = assistantDirector.Id;
        return this;
    }

    public Task<TestTeam> CreateAsync(AuditAppFactory app) => app.DbAsync(async db =>
    {
        var directorate = new Directorate { Name = $"Directorate {tag}", AssistantDirectorId = assistantDirectorId };
        var serviceArea = new ServiceArea { Name = $"Service area {tag}", Directorate = directorate, ServiceManagerId = serviceManagerId };
        var team = new Team { Name = teamName ?? $"Team {tag}", ServiceArea = serviceArea, TeamManagerId = teamManagerId };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return new TestTeam(directorate.Id, directorate.Name, serviceArea.Id, serviceArea.Name, team.Id, team.Name);
    });
}
