using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Audit.Web.Pages.Errors;

/// <summary>GOV.UK-style error pages. Never shows exception details.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Heading => Code switch
    {
        403 => "You do not have access to this page",
        404 => "Page not found",
        400 => "There is a problem with your request",
        _ => "Sorry, there is a problem with the service",
    };

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        // Direct visits to /errors/500 answer with that code too, so monitoring never sees a 200 error page.
        if (HttpContext.Response.StatusCode == StatusCodes.Status200OK)
        {
            HttpContext.Response.StatusCode = Code;
        }

        return Page();
    }
}
