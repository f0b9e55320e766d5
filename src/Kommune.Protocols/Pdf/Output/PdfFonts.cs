using Kommune.Protocols.Pdf.Text;

namespace Kommune.Protocols.Pdf.Output;

/// <summary>The faces a document uses, each made a font resource when first drawn with, and the resource dictionary that names them.</summary>
internal sealed class PdfFonts(PdfFile file)
{
    private readonly FontResource?[] resources = new FontResource?[FontFaces.Count];

    public FontResource For(FontFace face) =>
        resources[(int)face] ??= new FontResource(face, file.Reserve(), "F" + (int)face);

    /// <summary>Writes every font used and the resource dictionary (object <paramref name="number"/>) every page shares.</summary>
    public void Write(int number)
    {
        foreach (var resource in resources)
        {
            resource?.Write(file);
        }

        file.Dictionary(number, b =>
        {
            b.Raw("/Font<<"u8);
            foreach (var resource in resources)
            {
                if (resource is not null)
                {
                    b.Name(resource.ResourceName).Byte((byte)' ').Ref(resource.Number);
                }
            }

            b.Raw(">>"u8);
        });
    }
}
