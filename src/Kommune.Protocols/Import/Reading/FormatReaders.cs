namespace Kommune.Protocols.Import;

/// <summary>The readers, one per format, in the order the sniffer tries them.</summary>
internal static class FormatReaders
{
    public static IReadOnlyList<IFormatReader> All { get; } =
        [new SbsysPublicationReader(), new SbsysDagsordenReader(), new EdocAgendaReader(), new AcadreReader()];

    public static IFormatReader For(ImportFormat format) =>
        All.FirstOrDefault(r => r.Format == format) ?? throw new ArgumentOutOfRangeException(nameof(format), format, "not an import format.");

    public static IFormatReader? Recognizing(SourceElement root) => All.FirstOrDefault(r => r.Recognizes(root));
}
