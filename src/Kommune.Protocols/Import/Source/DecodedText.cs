namespace Kommune.Protocols.Import;

/// <summary>The input as text, and what decoding it needed to say.</summary>
/// <param name="Text">The characters, without a byte order mark.</param>
/// <param name="EncodingNote">Why the file was read in another encoding than it declares, or null.</param>
internal sealed record DecodedText(string Text, string? EncodingNote);
