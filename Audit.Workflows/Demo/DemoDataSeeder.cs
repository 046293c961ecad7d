using Audit.Data;
using Audit.Data.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Demo;

/// <summary>
/// Seeds a realistic, clearly labelled demo organisation and about 25 demo staff (IsDemo, emails at
/// demo.audit.example) for Development. Never run in Production. Does nothing if demo staff already exist.
/// </summary>
public sealed class DemoDataSeeder(
    AuditDbContext db, UserManager<StaffMember> users, TimeProvider clock, DemoAuditSeeder audits, DemoPractitionerSeeder practitioners,
    DemoConversationSeeder conversations, DemoProgramme programme)
{
    /// <summary>The one password every demo account shares; stated in the README.</summary>
    public const string Password = "correct-horse-audit-demo";

    public const string EmailDomain = "demo.audit.example";

    private sealed record Person(string Name, string JobTitle, string[] Roles, string? Team = null);

    private static readonly (string Directorate, string AssistantDirector, (string Service, string ServiceManager, (string Team, string? TeamManager)[] Teams)[] Services)[] Organisation =
    [
        ("Children's Social Care", "Priya Shah",
        [
            ("Front Door", "Helen Okafor", [("FAST (early help screening)", "Daniel Price"), ("CHAT (children's help and advice)", "Sophie Turner")]),
            ("Help and Protection", "Helen Okafor", [("Help and Protection 1", "Aaron Lewis"), ("Help and Protection 2", "Grace Mensah")]),
            ("Children with Complex Needs", "Mark Fielding", [("Complex Needs", "Ruth Adeyemi")]),
            ("Emergency Duty Team", "Mark Fielding", [("Emergency Duty Team", null)]),
            ("Safeguarding Unit", "Mark Fielding", [("Independent Reviewing Officers", null), ("Child Protection Chairs", null)]),
            ("Social Work Academy", "Helen Okafor", [("Academy (newly qualified social workers)", null)]),
            ("Youth Justice", "Mark Fielding", [("Youth Justice", null)]),
        ]),
        ("Children in Care and Early Help", "Marcus Webb",
        [
            ("Cared For Children", "Claire Dunn", [("Cared For Children 1", "Tom Hughes")]),
            ("Care Experienced", "Claire Dunn", [("Leaving Care", null)]),
            ("Fostering", "Claire Dunn", [("Fostering Assessment and Support", null)]),
            ("Early Help", "Nadia Rahman", [("Family Hub North", null), ("Team Around the School", null)]),
        ]),
    ];

    private static readonly Person[] People =
    [
        new("Alex Morgan", "Quality assurance lead", [Roles.QaLead]),
        new("Farah Iqbal", "Practice improvement manager", [Roles.PracticeImprovementManager, Roles.Auditor]),
        new("Owen Jenkins", "Practice improvement manager", [Roles.PracticeImprovementManager, Roles.Auditor]),
        new("Priya Shah", "Assistant director, children's social care", [Roles.AssistantDirector]),
        new("Marcus Webb", "Assistant director, children in care and early help", [Roles.AssistantDirector]),
        new("Helen Okafor", "Service manager", [Roles.ServiceManager, Roles.Auditor]),
        new("Mark Fielding", "Service manager", [Roles.ServiceManager, Roles.Auditor]),
        new("Claire Dunn", "Service manager", [Roles.ServiceManager, Roles.Auditor]),
        new("Nadia Rahman", "Service manager", [Roles.ServiceManager]),
        new("Daniel Price", "Team manager", [Roles.TeamManager, Roles.Auditor], "FAST (early help screening)"),
        new("Sophie Turner", "Team manager", [Roles.TeamManager, Roles.Auditor], "CHAT (children's help and advice)"),
        new("Aaron Lewis", "Team manager", [Roles.TeamManager, Roles.Auditor], "Help and Protection 1"),
        new("Grace Mensah", "Team manager", [Roles.TeamManager, Roles.Auditor], "Help and Protection 2"),
        new("Ruth Adeyemi", "Team manager", [Roles.TeamManager, Roles.Auditor], "Complex Needs"),
        new("Tom Hughes", "Team manager", [Roles.TeamManager, Roles.Auditor], "Cared For Children 1"),
        new("Sam Carter", "Social worker", [Roles.Practitioner], "Help and Protection 1"),
        new("Jess Walker", "Senior social worker", [Roles.Practitioner], "Help and Protection 1"),
        new("Kwame Boateng", "Social worker", [Roles.Practitioner], "Help and Protection 2"),
        new("Emily Clarke", "Advanced practitioner", [Roles.Practitioner], "FAST (early help screening)"),
        new("Liam O'Connor", "Social worker", [Roles.Practitioner], "CHAT (children's help and advice)"),
        new("Hannah Patel", "Social worker", [Roles.Practitioner], "Complex Needs"),
        new("Chloe Evans", "Social worker", [Roles.Practitioner], "Cared For Children 1"),
        new("Josh Reid", "Personal adviser", [Roles.Practitioner], "Leaving Care"),
        new("Megan Ward", "Family support worker", [Roles.Practitioner], "Family Hub North"),
        new("Ben Ashworth", "Newly qualified social worker", [Roles.Practitioner], "Academy (newly qualified social workers)"),
    ];

    /// <summary>Demo staff numbers, DEMO001 onwards in the order of the demo staff list, for case-list imports that name workers by number.</summary>
    public static string DemoStaffNumber(int index) => $"DEMO{index + 1:000}";

    public static string EmailFor(string name) =>
        new string(name.ToLowerInvariant().Replace(' ', '.').Where(c => char.IsLetter(c) || c == '.').ToArray()) + "@" + EmailDomain;

    /// <summary>Returns true if it created the demo data, false if it was already there.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Users.AnyAsync(u => u.IsDemo, cancellationToken))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var staff = new Dictionary<string, StaffMember>();
        foreach (var (person, index) in People.Select((person, index) => (person, index)))
        {
            var member = new StaffMember
            {
                UserName = EmailFor(person.Name),
                Email = EmailFor(person.Name),
                EmailConfirmed = true,
                FullName = person.Name,
                JobTitle = person.JobTitle,
                StaffNumber = DemoStaffNumber(index),
                IsActive = true,
                IsDemo = true,
                LockoutEnabled = true,
                CreatedAt = clock.GetUtcNow(),
            };
            Check(await users.CreateAsync(member, Password), person.Name);
            Check(await users.AddToRolesAsync(member, person.Roles), person.Name);
            staff[person.Name] = member;
        }

        var teams = new Dictionary<string, Team>();
        foreach (var (directorateName, adName, services) in Organisation)
        {
            var directorate = new Directorate { Name = directorateName, AssistantDirectorId = staff[adName].Id };
            db.Directorates.Add(directorate);
            foreach (var (serviceName, smName, serviceTeams) in services)
            {
                var service = new ServiceArea { Name = serviceName, Directorate = directorate, ServiceManagerId = staff[smName].Id };
                db.ServiceAreas.Add(service);
                foreach (var (teamName, tmName) in serviceTeams)
                {
                    var team = new Team { Name = teamName, ServiceArea = service, TeamManagerId = tmName is null ? null : staff[tmName].Id };
                    db.Teams.Add(team);
                    teams[teamName] = team;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var person in People.Where(p => p.Team is not null))
        {
            staff[person.Name].Team = teams[person.Team!];
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Audits go through the real workflow, which runs its own units of work.
        var staffIds = staff.ToDictionary(p => p.Key, p => p.Value.Id);
        var teamIds = teams.ToDictionary(t => t.Key, t => t.Value.Id);
        await audits.SeedAsync(staffIds, teamIds, cancellationToken);
        await practitioners.SeedAsync(staffIds, cancellationToken);
        await conversations.SeedAsync(staffIds, cancellationToken);
        await programme.SeedAsync(staffIds, teamIds, cancellationToken);
        return true;
    }

    private static void Check(IdentityResult result, string who)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create demo account {who}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
