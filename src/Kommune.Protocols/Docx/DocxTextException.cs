namespace Kommune.Protocols.Docx;

/// <summary>
/// The meeting holds a character that XML, and so DOCX, cannot carry (a control character,
/// an unpaired surrogate, U+FFFE or U+FFFF). Thrown before anything is written, so no partial
/// or corrupt document is left behind. Validation reports the same as KP207.
/// </summary>
public sealed class DocxTextException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The field (<c>items[3].title</c>).</param>
    /// <param name="index">The character's position in the field's text.</param>
    /// <param name="character">The character.</param>
    public DocxTextException(string path, int index, char character)
        : base($"{path ?? throw new ArgumentNullException(nameof(path))} holds U+{(int)character:X4} at position {index}, which a DOCX document cannot carry; remove or replace it (validation code KP207 finds every such field).", "meeting")
    {
        FieldPath = path;
        Index = index;
        Character = character;
    }

    /// <summary>The field's path in the model (<c>items[3].title</c>).</summary>
    public string FieldPath { get; }

    /// <summary>The character's position in the field's text.</summary>
    public int Index { get; }

    /// <summary>The character.</summary>
    public char Character { get; }
}
