using Audit.Data.Models;
using Audit.Workflows.DeepDive;
using BenchmarkDotNet.Attributes;

namespace Audit.Benchmarks;

/// <summary>
/// What the workflow itself costs a command, without the database: making the workflow for one audit and one person,
/// asking whether they may take it for moderation, and taking it (what <c>AuditCommands</c> does with the workflow
/// for a take); and what a page's question "which actions may this person take?" costs.
/// </summary>
[MemoryDiagnoser]
public class WorkflowDefinitionBenchmarks
{
    private static readonly ModerationPolicy Policy = new(new WorkflowSettings());
    private static readonly AuditActor Moderator = new("pim", new HashSet<string> { Roles.PracticeImprovementManager });

    private static CaseAudit AwaitingModeration() => new() { AuditorId = "auditor", State = AuditState.AwaitingModeration };

    [Benchmark(Description = "Make the workflow, check and fire TakeForModeration")]
    public AuditState CheckAndFire()
    {
        var audit = AwaitingModeration();
        var workflow = new DeepDiveWorkflow(audit, Moderator, Policy);
        if (!workflow.Check(AuditTrigger.TakeForModeration).IsAllowed)
        {
            throw new InvalidOperationException("The moderator may not take the audit");
        }

        workflow.Fire(AuditTrigger.TakeForModeration);
        return audit.State;
    }

    [Benchmark(Description = "Make the workflow and list the permitted triggers")]
    public int PermittedTriggers() => new DeepDiveWorkflow(AwaitingModeration(), Moderator, Policy).PermittedTriggers().Count;
}
