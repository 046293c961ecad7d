using QRCoder;

namespace Audit.Web.Infrastructure;

/// <summary>
/// QR codes as data: URIs for an &lt;img&gt;, which the Content-Security-Policy allows (img-src 'self' data:) without
/// inline SVG or scripts.
/// </summary>
public static class QrCodeImage
{
    public static string SvgDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(5);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}
