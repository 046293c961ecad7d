using System.Text.RegularExpressions;
using Audit.Data.Models;
using Stateless.Graph;

namespace Audit.Workflows.DeepDive;

/// <summary>One arrow of the diagram: from a state, on a trigger, to one of these states (chosen as the note says).</summary>
public sealed record WorkflowTransition(AuditState From, AuditTrigger Trigger, IReadOnlyList<AuditState> To, string? Note);

/// <summary>
/// The drawing of <see cref="DeepDiveWorkflow"/>, made from the definition itself (Stateless's export), so it is
/// always what Audit runs: a Mermaid diagram for people who can see it, the same transitions in words for people
/// who cannot, and where an audit can go next from a stage.
/// </summary>
public static partial class DeepDiveDiagram
{
    private static readonly Lazy<DeepDiveWorkflow> Definition = new(DeepDiveWorkflow.Definition);

    /// <summary>The whole definition as a Mermaid state diagram, as Stateless exports it.</summary>
    public static string ToMermaid() => MermaidGraph.Format(Definition.Value.Info, MermaidGraphDirection.TopToBottom);

    /// <summary>
    /// The diagram people read, made from the Stateless export: states by their names, arrows labelled with what
    /// moves the audit on (or, after a decision, when each way is taken), with the guards, the in-stage steps
    /// (taking, reallocating, recording answers, completing an action…) and the many "cancel" arrows left out —
    /// cancellation is a note on the Cancelled state. <paramref name="current"/>, when given, is highlighted.
    /// </summary>
    public static string ToDiagram(AuditState? current = null)
    {
        var lines = new List<string> { "stateDiagram-v2", "\tdirection TB" };
        lines.AddRange(Enum.GetValues<AuditState>().Select(state => $"\tstate \"{state.Display()}\" as {state}"));
        foreach (var line in ToMermaid().Split('\n').Select(l => l.TrimEnd('\r')))
        {
            var match = MermaidTransition().Match(line);
            if (line.Contains("<<choice>>", StringComparison.Ordinal) || line.TrimStart().StartsWith("[*]", StringComparison.Ordinal))
            {
                lines.Add("\t" + line.Trim());
            }
            else if (match.Success && match.Groups["from"].Value != match.Groups["to"].Value && match.Groups["to"].Value != nameof(AuditState.Cancelled))
            {
                var fromDecision = match.Groups["from"].Value.StartsWith("Decision", StringComparison.Ordinal);
                var label = fromDecision
                    ? match.Groups["criteria"].Captures[^1].Value
                    : Enum.Parse<AuditTrigger>(match.Groups["trigger"].Value).Display();
                lines.Add($"\t{match.Groups["from"].Value} --> {match.Groups["to"].Value} : {label}");
            }
        }

        lines.Add($"\tnote right of {AuditState.Cancelled} : A QA lead can cancel at any open stage");
        if (current is { } state)
        {
            lines.Add("\tclassDef current fill:#ffdd00,stroke:#0b0c0c,stroke-width:4px,color:#0b0c0c,font-weight:bold");
            lines.Add($"\tclass {state} current");
        }

        return string.Join('\n', lines) + "\n";
    }

    [GeneratedRegex(@"^\s*(?<from>\w+) --> (?<to>\w+) : (?<trigger>\w+)(?: \[(?<criteria>[^\]]*)\])*\s*$")]
    private static partial Regex MermaidTransition();

    /// <summary>Every transition in the definition, in words, for people who cannot see the diagram.</summary>
    public static IReadOnlyList<WorkflowTransition> Transitions() =>
        Definition.Value.Info.States.SelectMany(state =>
            state.FixedTransitions.Select(t => new WorkflowTransition(
                    (AuditState)state.UnderlyingState, (AuditTrigger)t.Trigger.UnderlyingTrigger, [(AuditState)t.DestinationState.UnderlyingState], null))
                .Concat(state.DynamicTransitions.Select(t => new WorkflowTransition(
                    (AuditState)state.UnderlyingState, (AuditTrigger)t.Trigger.UnderlyingTrigger,
                    t.PossibleDestinationStates.Select(d => Enum.Parse<AuditState>(d.DestinationState)).ToList(),
                    string.Join("; ", t.PossibleDestinationStates.Select(d => $"{Enum.Parse<AuditState>(d.DestinationState).Display().ToLowerInvariant()} when {d.Criterion}"))))))
            .ToList();

    /// <summary>Where an audit can go from this stage, other than back to it or to cancellation: "what is next".</summary>
    public static IReadOnlyList<AuditState> NextStates(AuditState from) =>
        Transitions().Where(t => t.From == from)
            .SelectMany(t => t.To)
            .Where(to => to != from && to != AuditState.Cancelled)
            .Distinct()
            .Order()
            .ToList();
}
