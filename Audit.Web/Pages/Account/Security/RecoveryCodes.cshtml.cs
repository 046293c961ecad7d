using Audit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Audit.Web.Pages.Account.Security;

/// <summary>Shows new recovery codes once, straight after they are made; they are never shown again.</summary>
public sealed class RecoveryCodesModel : AuditPageModel
{
    private const string CodesKey = "recovery-codes";

    public IReadOnlyList<string> Codes { get; private set; } = [];

    public static void Show(ITempDataDictionary tempData, IEnumerable<string> codes) =>
        tempData[CodesKey] = string.Join('\n', codes);

    public void OnGet() =>
        Codes = TempData[CodesKey] is string codes ? codes.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [];
}
