using Audit.Data.Models;

namespace Audit.Workflows.Allocation;

public sealed record AddCaseCommand(string? Reference, CaseType? CaseType, AgeBand? AgeBand, int? TeamId, string? PractitionerId);

/// <summary>A row of the QA lead's case list.</summary>
public sealed record CaseSummary(int Id, string Reference, CaseType CaseType, string TeamName, string? PractitionerName, int? LatestAuditId, AuditState? LatestAuditState);

/// <summary>A page of the case list: <see cref="Page"/> is the page shown, within 1 to <see cref="PageCount"/>.</summary>
public sealed record CaseListPage(IReadOnlyList<CaseSummary> Items, int Total, int Page, int PageCount);

/// <summary>A choice in a select list: a person or a team, by id.</summary>
public sealed record Choice(string Value, string Text);

/// <summary>An auditor to choose from, with how many open audits they already have, so work can be spread evenly.</summary>
public sealed record AuditorWorkload(string Id, string FullName, int OpenAudits);
