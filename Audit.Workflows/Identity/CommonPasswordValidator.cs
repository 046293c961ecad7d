using System.Collections.Frozen;
using Audit.Data.Models;
using Microsoft.AspNetCore.Identity;

namespace Audit.Workflows.Identity;

/// <summary>
/// Refuses passwords found in a list of commonly used passwords (NCSC and NIST advice: length and a block list,
/// no composition rules). A common password padded with digits or symbols ("password1234!") is refused too, as is
/// one made of the person's own email name.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<StaffMember>
{
    public const string ErrorCode = "CommonPassword";

    private static readonly Lazy<FrozenSet<string>> CommonPasswords = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<StaffMember> manager, StaffMember user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        return Task.FromResult(IsCommon(password, user.Email)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = "Enter a password that is harder to guess: this one is too common",
            })
            : IdentityResult.Success);
    }

    public static bool IsCommon(string password, string? email = null)
    {
        var lowered = password.ToLowerInvariant();
        var list = CommonPasswords.Value;
        if (list.Contains(lowered) || list.Contains(lowered.TrimEnd(PaddingCharacters)) || list.Contains(lowered.Trim(PaddingCharacters)))
        {
            return true;
        }

        if (lowered.Distinct().Count() <= 2)
        {
            return true; // "aaaaaaaaaaaa", "abababababab"
        }

        var emailName = email?.Split('@')[0].ToLowerInvariant();
        return !string.IsNullOrEmpty(emailName) && emailName.Length >= 4 && lowered.Trim(PaddingCharacters).Replace(emailName, string.Empty, StringComparison.Ordinal).Length == 0;
    }

    private static readonly char[] PaddingCharacters = "0123456789!@#$%^&*()_-+=?.,~ ".ToCharArray();

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Audit.Workflows.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line);
            }
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
