namespace Kommune.Protocols.Import;

/// <summary>The ESDH export formats <see cref="MeetingImporter"/> reads (see <c>docs/import.md</c>).</summary>
public enum ImportFormat
{
    /// <summary>SBSYS / AgMan <i>Publication</i> XML (root <c>Publication</c>).</summary>
    SbsysPublication,

    /// <summary>SBSYS <i>Dagsorden</i> XML (root <c>Dagsorden</c>).</summary>
    SbsysDagsorden,

    /// <summary>eDoc by Fujitsu agenda XML (root <c>Root</c> in the Fujitsu agenda namespace).</summary>
    EdocAgenda,

    /// <summary>Acadre MM XML (root <c>root</c> holding <c>table[@name='agenda']</c>).</summary>
    AcadreMm,
}
