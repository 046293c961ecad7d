using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Audit.Data.Mappings;

internal sealed class DirectorateMapping : IEntityTypeConfiguration<Directorate>
{
    public void Configure(EntityTypeBuilder<Directorate> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(Limits.OrganisationName);
        builder.HasIndex(d => d.Name).IsUnique().HasDatabaseName("UX_Directorates_Name");
        builder.HasOne(d => d.AssistantDirector).WithMany().HasForeignKey(d => d.AssistantDirectorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Version).IsConcurrencyToken();
    }
}

internal sealed class ServiceAreaMapping : IEntityTypeConfiguration<ServiceArea>
{
    public void Configure(EntityTypeBuilder<ServiceArea> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(Limits.OrganisationName);
        builder.HasIndex(s => s.Name).IsUnique().HasDatabaseName("UX_ServiceAreas_Name");
        builder.HasOne(s => s.Directorate).WithMany(d => d.ServiceAreas).HasForeignKey(s => s.DirectorateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.ServiceManager).WithMany().HasForeignKey(s => s.ServiceManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class TeamMapping : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Limits.OrganisationName);
        // Team names are unique across the council: "Assessment team 1" in two services would confuse allocation.
        builder.HasIndex(t => t.Name).IsUnique().HasDatabaseName("UX_Teams_Name");
        builder.HasOne(t => t.ServiceArea).WithMany(s => s.Teams).HasForeignKey(t => t.ServiceAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.TeamManager).WithMany().HasForeignKey(t => t.TeamManagerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}
