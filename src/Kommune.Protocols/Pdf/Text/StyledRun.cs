namespace Kommune.Protocols.Pdf.Text;

/// <summary>A piece of paragraph text in one face; <c>\t</c> and <c>\n</c> keep their paper meaning (column, line break).</summary>
internal readonly record struct StyledRun(string Text, FontFace Face);
