using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Audit.Web.Infrastructure;

/// <summary>
/// A posted form ASP.NET Core cannot read at all (a NUL in a value, a malformed body) would otherwise fail with a
/// 500 before any page sees it: instead the person is sent back to the form with a GOV.UK error. Nothing is saved.
/// </summary>
public sealed class UnreadableForm(RequestDelegate next)
{
    public const string Message = "The form held hidden characters that cannot be read: type it again without them";

    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (InvalidDataException)
            {
                var tempData = context.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context);
                tempData[FormBindingFilter.ErrorsKey] = Message;
                tempData.Save();
                context.Response.Redirect(context.Request.PathBase + context.Request.Path);
                return;
            }
        }

        await next(context);
    }
}
