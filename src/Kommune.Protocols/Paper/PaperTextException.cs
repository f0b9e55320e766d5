namespace Kommune.Protocols.Paper;

/// <summary>
/// The meeting (or the house style) holds a character that a document cannot carry: a control
/// character, an unpaired surrogate, U+FFFE or U+FFFF, which XML (DOCX, HTML) refuses and PDF
/// cannot show. Thrown by every paper writer before anything is written, so no partial or corrupt
/// document is left behind. Validation reports the same as KP207.
/// </summary>
public sealed class PaperTextException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public PaperTextException()
        : this("The text holds a character a document cannot carry.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public PaperTextException(string? message)
        : base(message)
    {
        FieldPath = string.Empty;
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PaperTextException(string? message, Exception? innerException)
        : base(message, innerException)
    {
        FieldPath = string.Empty;
    }

    /// <summary>Creates the exception for one field.</summary>
    /// <param name="path">The field (<c>items[3].title</c>).</param>
    /// <param name="index">The character's position in the field's text.</param>
    /// <param name="character">The character.</param>
    public PaperTextException(string path, int index, char character)
        : base($"{path ?? throw new ArgumentNullException(nameof(path))} holds U+{(int)character:X4} at position {index}, which a document cannot carry; remove or replace it (validation code KP207 finds every such field).", "meeting")
    {
        FieldPath = path;
        Index = index;
        Character = character;
    }

    /// <summary>The field's path in the model (<c>items[3].title</c>), or <c>style.labels.KEY</c> for a house-style label.</summary>
    public string FieldPath { get; }

    /// <summary>The character's position in the field's text.</summary>
    public int Index { get; }

    /// <summary>The character.</summary>
    public char Character { get; }
}
