namespace Audit.Workflows.Common;

/// <summary>Settings under "Audit" in configuration.</summary>
public sealed class AppOptions
{
    public const string Section = "Audit";

    /// <summary>The address people use to reach Audit; every link in an email starts with it.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>The name shown in emails and the header.</summary>
    public string ServiceName { get; set; } = "Audit";

    /// <summary>The council's name, shown in emails.</summary>
    public string OrganisationName { get; set; } = "Children's Services";

    public int InvitationValidDays { get; set; } = 7;

    public Uri Link(string pathAndQuery) => new(new Uri(BaseUrl.TrimEnd('/') + "/"), pathAndQuery.TrimStart('/'));
}
