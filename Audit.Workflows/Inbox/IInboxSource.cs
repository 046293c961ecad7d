using Microsoft.Extensions.DependencyInjection;

namespace Audit.Workflows.Inbox;

/// <summary>
/// One kind of work My work lists beside the stages <see cref="InboxService"/> works out itself: the practitioner's
/// reflections and responses (<c>Practitioners/PractitionerInbox</c>), and — as they are built — invitations to
/// answer and actions due. A new kind is one class implementing this in Audit.Workflows: it is found and registered
/// by <see cref="InboxSources.AddInboxSources"/>, and its items are sorted with the rest.
/// </summary>
public interface IInboxSource
{
    /// <summary>The items of this kind waiting on the person, whose roles and UK "today" are given.</summary>
    Task<IEnumerable<InboxItem>> ItemsForAsync(string staffId, IReadOnlySet<string> roles, DateOnly today, CancellationToken cancellationToken);
}

public static class InboxSources
{
    /// <summary>Registers every <see cref="IInboxSource"/> in this assembly.</summary>
    public static IServiceCollection AddInboxSources(this IServiceCollection services)
    {
        foreach (var source in typeof(IInboxSource).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IInboxSource).IsAssignableFrom(t)))
        {
            services.AddScoped(typeof(IInboxSource), source);
        }

        return services;
    }
}
