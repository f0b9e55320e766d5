using Kommune.Protocols.Model;
using Kommune.Protocols.Pdf;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Tests.Support;

namespace Kommune.Protocols.Tests.Pdf;

/// <summary>The seed's papers as PDF text projections (PdfPig: per page, each marked-content block with its tag).</summary>
public class PdfSnapshotTests
{
    [Fact]
    public void Seed_internal_protocol() =>
        Snapshot.Match(PdfTextProjection.Project(PdfWriter.WriteToBytes(SeedMeeting.Build())));

    [Fact]
    public void Seed_public_protocol() =>
        Snapshot.Match(PdfTextProjection.Project(PdfWriter.WriteToBytes(SeedMeeting.Build(), new PdfOptions { Edition = MeetingEdition.Public })));

    [Fact]
    public void Seed_english_agenda() =>
        Snapshot.Match(PdfTextProjection.Project(PdfWriter.WriteToBytes(
            SeedMeeting.Build(),
            new PdfOptions { Language = Language.English, Paper = Kommune.Protocols.Paper.PaperKind.Agenda })));
}
