using Microsoft.Playwright;

namespace Audit.Tests.Infrastructure;

public sealed partial class BrowserSession
{
    public const string MyWork = "My work";

    /// <summary>
    /// Signs a person in as they would: in a browser context of their own (no cookie shared with another role),
    /// through the sign-in page and, when their account has an authenticator, the code page; axe checks each page.
    /// Waits for the page sign-in leads to (My work) and, when another page arrives, fails with what it shows
    /// (address, heading, error summary) rather than a time-out.
    /// <code>
    /// var auditor = await browser.SignInAsync(scenario.Auditor);                       // a new context, on My work
    /// var lead = await browser.SignInAsync(scenario.QaLead, byKeyboard: true);        // Tab, typing and Enter only
    /// var csp = await browser.SignInAsync(scenario.Auditor, await browser.NewPageAsync(enforceCsp: true));
    /// </code>
    /// </summary>
    /// <param name="page">A fresh page to sign in on (say, one enforcing the CSP); by default a new context.</param>
    public Task<IPage> SignInAsync(TestStaff staff, IPage? page = null, bool byKeyboard = false, string expectHeading = MyWork) =>
        SignInAsync(staff.Email, staff.Password, staff.AuthenticatorKey, page, byKeyboard, expectHeading, staff.FullName);

    /// <summary>Signs in someone a test did not build (an invited person who has just set a password).</summary>
    public async Task<IPage> SignInAsync(string email, string password, string? authenticatorKey = null, IPage? page = null,
        bool byKeyboard = false, string expectHeading = MyWork, string? person = null)
    {
        person ??= email;
        page ??= await NewPageAsync(person: person);
        Name(page, person);
        var doing = $"Signing in as {person} <{email}>";

        await GoToAsync("/account/sign-in", page);
        await page.ExpectPageAsync("Sign in to Audit", doing);
        if (byKeyboard)
        {
            await page.TabToAsync("#Input_Email");
            await page.Keyboard.TypeAsync(email);
            await page.TabToAsync("#Input_Password");
            await page.Keyboard.TypeAsync(password);
            await page.PressAndWaitForPageAsync("Enter", doing: doing);
        }
        else
        {
            await page.GetByLabel("Email address").FillAsync(email);
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
            await page.WaitForPageAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(), doing: doing);
        }

        if (authenticatorKey is not null)
        {
            await page.ExpectPageAsync("Enter the code from your authenticator app", doing);
            await CheckAccessibilityAsync(page);
            // The code is worked out just before it is typed, so it is the one the app expects now.
            if (byKeyboard)
            {
                await page.TabToAsync("#Input_Code");
                await page.Keyboard.TypeAsync(AppClient.Totp(authenticatorKey));
                await page.PressAndWaitForPageAsync("Enter", doing: doing);
            }
            else
            {
                await page.GetByLabel("Enter the code from your authenticator app").FillAsync(AppClient.Totp(authenticatorKey));
                await page.WaitForPageAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync(), doing: doing);
            }
        }

        await page.ExpectPageAsync(expectHeading, doing);
        await CheckAccessibilityAsync(page);
        return page;
    }
}
