using Kommune.Protocols.Model;

namespace Kommune.Protocols.Import;

/// <summary>One export format: how to recognize it from its first elements, and its whole mapping to the model.</summary>
internal interface IFormatReader
{
    ImportFormat Format { get; }

    /// <summary>What the format's root looks like, for the message when another root is met.</summary>
    string Expected { get; }

    /// <summary>Whether a root (possibly read only in part, when sniffing) is this format's.</summary>
    bool Recognizes(SourceElement root);

    /// <summary>The meeting, with what was guessed or dropped reported to <paramref name="context"/>.</summary>
    Meeting Read(SourceElement root, ImportContext context);
}
