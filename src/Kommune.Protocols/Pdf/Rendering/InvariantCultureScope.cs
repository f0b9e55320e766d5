using System.Globalization;

namespace Kommune.Protocols.Pdf.Rendering;

/// <summary>
/// Runs a block under the invariant culture on the current thread and restores the caller's
/// culture afterwards. Some PDFsharp 6.2.4 paths format numbers and dates with the current
/// culture (a culture with another calendar or digits would change the bytes); the writer's own
/// code formats invariantly either way.
/// </summary>
internal readonly struct InvariantCultureScope : IDisposable
{
    private readonly CultureInfo culture;
    private readonly CultureInfo uiCulture;

    private InvariantCultureScope(CultureInfo culture, CultureInfo uiCulture)
    {
        this.culture = culture;
        this.uiCulture = uiCulture;
    }

    public static InvariantCultureScope Enter()
    {
        var scope = new InvariantCultureScope(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        return scope;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
