using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Audit.Workflows.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Audit.Web.Infrastructure;

/// <summary>
/// What a posted form could not bind is an error, never a default, for every page at once:
/// <list type="bullet">
/// <item>A missing or malformed version (<c>Version</c>, <c>RowVersion</c>, <c>ConcurrencyStamp</c>) is read as one
/// no record ever has, so the page's own save refuses it as stale — the friendly conflict message, nothing saved,
/// and what was typed kept.</item>
/// <item>Any other field that could not be read (<c>TeamId=abc</c>, a choice that was never offered) stops the post
/// before the page acts: the person is sent back to the form with a GOV.UK error summary naming each field.</item>
/// <item>Control characters and bidirectional overrides in any field, and line breaks outside multi-line text
/// (<see cref="ControlCharacters"/>), are refused the same way, so nothing typed can reshape an email or spoof a page.</item>
/// </list>
/// The pages only offer values that bind, so only a tampered or corrupted post (or pasted hidden characters) meets this.
/// </summary>
public sealed class FormBindingFilter : IAsyncPageFilter
{
    public const string ErrorsKey = "form-errors";

    /// <summary>A version no record has: versions start at 0 and only go up.</summary>
    public const int StaleVersion = -1;

    public const string StaleStamp = "stale";

    private static readonly string[] VersionNames = ["Version", "RowVersion", "ConcurrencyStamp"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || !request.HasFormContentType)
        {
            await next();
            return;
        }

        var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
        foreach (var version in VersionFields(context))
        {
            var posted = form.TryGetValue(version.Key, out var value) ? value.ToString() : null;
            var invalid = context.ModelState.TryGetValue(version.Key, out var entry) && entry.Errors.Count > 0;
            if (invalid || string.IsNullOrWhiteSpace(posted))
            {
                context.ModelState.Remove(version.Key);
                version.MarkStale();
            }
        }

        var unread = context.ModelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .Select(e => Message(e.Key))
            .ToList();
        foreach (var (key, values) in form)
        {
            var multiLine = IsMultiLine(context.HandlerInstance.GetType(), key);
            if (values.Any(v => ControlCharacters.Contains(v, multiLine)))
            {
                unread.Add(ControlCharacters.Message($"‘{Words(key)}’", multiLine));
            }
        }

        if (unread.Count == 0)
        {
            await next();
            return;
        }

        var tempData = context.HttpContext.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context.HttpContext);
        tempData[ErrorsKey] = string.Join('\n', unread.Distinct());
        context.Result = new RedirectResult(request.PathBase + request.Path + WithoutHandler(request.Query));
    }

    /// <summary>"Input.TeamId" → "Select or enter ‘Team’ again…"; a field with no clear name gets a general message.</summary>
    internal static string Message(string key)
    {
        var words = Words(key);
        return words.Length == 0
            ? "The form could not be read: try again"
            : $"Select or enter ‘{words}’ again: what was sent is not one of the choices offered";
    }

    /// <summary>"Input.TeamId" → "Team", "Input.FullName" → "Full name".</summary>
    private static string Words(string key)
    {
        var name = key.Split('.')[^1];
        name = name.Contains('[', StringComparison.Ordinal) ? name[..name.IndexOf('[', StringComparison.Ordinal)] : name;
        if (name.EndsWith("Id", StringComparison.Ordinal) && name.Length > 2)
        {
            name = name[..^2];
        }

        return string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? $" {char.ToLowerInvariant(c)}" : c.ToString()));
    }

    /// <summary>Whether the posted field binds to text the page declares multi-line (a textarea: [DataType(MultilineText)]).</summary>
    private static bool IsMultiLine(Type page, string key)
    {
        var type = page;
        PropertyInfo? property = null;
        foreach (var segment in key.Split('.'))
        {
            var name = segment.Contains('[', StringComparison.Ordinal) ? segment[..segment.IndexOf('[', StringComparison.Ordinal)] : segment;
            property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return false;
            }

            type = property.PropertyType.IsGenericType && property.PropertyType != typeof(string)
                ? property.PropertyType.GetGenericArguments()[^1]
                : property.PropertyType.IsArray ? property.PropertyType.GetElementType()! : property.PropertyType;
        }

        return property?.GetCustomAttribute<DataTypeAttribute>() is { DataType: DataType.MultilineText };
    }

    private static string WithoutHandler(IQueryCollection query)
    {
        var kept = query.Where(q => !string.Equals(q.Key, "handler", StringComparison.OrdinalIgnoreCase)).ToList();
        return kept.Count == 0 ? string.Empty : QueryString.Create(kept.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))).ToString();
    }

    /// <summary>The version fields this page binds: its own bound properties, one level into bound inputs, and handler parameters.</summary>
    private static IEnumerable<VersionField> VersionFields(PageHandlerExecutingContext context)
    {
        var page = context.HandlerInstance;
        foreach (var bound in page.GetType().GetProperties().Where(p => p.IsDefined(typeof(BindPropertyAttribute), inherit: true)))
        {
            if (IsVersion(bound))
            {
                yield return new VersionField(bound.Name, value => bound.SetValue(page, value), bound.PropertyType);
            }
            else if (bound.PropertyType.IsClass && bound.PropertyType != typeof(string) && bound.GetValue(page) is { } input)
            {
                foreach (var inner in input.GetType().GetProperties().Where(p => p.CanWrite && IsVersion(p)))
                {
                    yield return new VersionField($"{bound.Name}.{inner.Name}", value => inner.SetValue(input, value), inner.PropertyType);
                }
            }
        }

        foreach (var parameter in context.HandlerMethod?.Parameters ?? [])
        {
            if (VersionNames.Contains(parameter.Name, StringComparer.OrdinalIgnoreCase) && parameter.ParameterType == typeof(int))
            {
                yield return new VersionField(parameter.Name, value => context.HandlerArguments[parameter.Name] = value, parameter.ParameterType);
            }
        }
    }

    private static bool IsVersion(PropertyInfo property) =>
        VersionNames.Contains(property.Name, StringComparer.Ordinal) && (property.PropertyType == typeof(int) || property.PropertyType == typeof(string));

    private sealed record VersionField(string Key, Action<object> Set, Type Type)
    {
        public void MarkStale() => Set(Type == typeof(int) ? StaleVersion : StaleStamp);
    }
}
