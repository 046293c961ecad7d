namespace Audit.Tests.Web.Hardening;

/// <summary>
/// The hostile values the form properties type: long, empty, other scripts and digits, control and bidirectional
/// characters, numbers at the edges, injection attempts. Drawn from a seeded <see cref="Random"/>, so a failure names
/// its seed and repeats exactly.
/// </summary>
public static class HostileValues
{
    private static readonly string[] Pieces =
    [
        "", " ", "0", "-1", "0000", "9999", "2147483648", "-2147483649", "99999999999999999999", "31", "2", "29", "1e9", "0x1F",
        "Good", "Inadequate", "Agree", "NotApplicable",
        "١٢:٣٠", "٢٠٢٧", "２０２７", "abc", "<script>alert(1)</script>", "'; DROP TABLE Users; --", "Jess\r\nBcc: x@example.com",
        "\u202Egnp.exe", "\u2066x\u2069", "\t", "\0", "😀", "e\u0301", "Ω≈ç√", "%00", "../../etc/passwd",
        new string('x', 5000), new string('y', 70000),
    ];

    /// <summary>One hostile value: a piece, or now and then two run together.</summary>
    public static string Next(Random random) =>
        random.Next(3) == 0 ? Pieces[random.Next(Pieces.Length)] + Pieces[random.Next(Pieces.Length)] : Pieces[random.Next(Pieces.Length)];
}
