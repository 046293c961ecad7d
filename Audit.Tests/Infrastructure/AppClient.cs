using System.Net;
using AngleSharp.Html.Dom;
using Audit.Data.Models;
using Microsoft.AspNetCore.Mvc.Testing;
using OtpNet;

namespace Audit.Tests.Infrastructure;

/// <summary>
/// A person's browser session against the in-process app: follows redirects, keeps cookies, and submits forms
/// the way a browser does, with the antiforgery token and hidden fields the page rendered.
/// </summary>
public sealed class AppClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public static AppClient For(AuditAppFactory app, bool followRedirects = true) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, BaseAddress = new Uri("https://localhost") }));

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(string url)
    {
        var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
        return (response, await Html.ParseAsync(response));
    }

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var (response, document) = await GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {document.H1()}");
        return document;
    }

    /// <summary>Fills in and submits a form on <paramref name="page"/> (the first form in main, or the one matched).</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitAsync(
        IHtmlDocument page, IReadOnlyDictionary<string, string> values, string formSelector = "main form", string? submitName = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matched '{formSelector}' on '{page.H1()}'");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
        {
            if (!values.ContainsKey(input.Name!))
            {
                fields.Add(new(input.Name!, input.Value));
            }
        }

        foreach (var (name, value) in values)
        {
            // A key ending in [] posts several values (checkboxes): "Input.Roles[]" = "A|B".
            if (name.EndsWith("[]", StringComparison.Ordinal))
            {
                fields.AddRange(value.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(v => new KeyValuePair<string, string>(name[..^2], v)));
            }
            else
            {
                fields.Add(new(name, value));
            }
        }

        if (submitName is not null)
        {
            fields.Add(new(submitName, string.Empty));
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? new Uri(page.Url).PathAndQuery : form.GetAttribute("action")!;
        using var content = new FormUrlEncodedContent(fields);
        var response = await Http.PostAsync(new Uri(action, UriKind.RelativeOrAbsolute), content);
        return (response, await Html.ParseAsync(response));
    }

    /// <summary>Submits a form with a file, as multipart/form-data, with the page's hidden fields and antiforgery token.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> UploadAsync(
        IHtmlDocument page, string fieldName, string fileName, byte[] bytes, string contentType = "application/octet-stream", string formSelector = "main form",
        IReadOnlyDictionary<string, string>? values = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matched '{formSelector}' on '{page.H1()}'");
        using var content = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
        {
            content.Add(new StringContent(input.Value), input.Name!);
        }

        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(file, fieldName, fileName);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? new Uri(page.Url).PathAndQuery : form.GetAttribute("action")!;
        var response = await Http.PostAsync(new Uri(action, UriKind.RelativeOrAbsolute), content);
        return (response, await Html.ParseAsync(response));
    }

    /// <summary>Signs in through the real sign-in page (and the code page when the account uses an authenticator).</summary>
    public async Task<IHtmlDocument> SignInAsync(string email, string password, string? authenticatorKey = null)
    {
        var page = await GetPageAsync("/account/sign-in");
        var (_, document) = await SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        if (authenticatorKey is not null && document.Url.Contains("/account/sign-in-code", StringComparison.Ordinal))
        {
            (_, document) = await SubmitAsync(document, new Dictionary<string, string> { ["Input.Code"] = Totp(authenticatorKey) });
        }

        return document;
    }

    public Task<IHtmlDocument> SignInAsync(TestStaff staff) => SignInAsync(staff.Email, staff.Password, staff.AuthenticatorKey);

    /// <summary>The code an authenticator app would show now for this key.</summary>
    public static string Totp(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

    public void Dispose() => Http.Dispose();
}

/// <summary>A staff account a test created, with what it needs to sign in.</summary>
public sealed record TestStaff(string Id, string Email, string Password, string FullName, string? AuthenticatorKey, StaffMember Entity);
