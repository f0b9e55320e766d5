namespace Kommune.Protocols.Import;

/// <summary>The municipality, which no export names: the caller's, or empty with a report entry (IMP004).</summary>
internal static class Municipality
{
    public static string Of(ImportContext context)
    {
        if (SourceValues.Line(context.Options.Municipality) is { } name)
        {
            return name;
        }

        context.Report(ImportCodes.NoMunicipality, null, "the source does not name the municipality; set ImportOptions.Municipality (the sample's --municipality).");
        return string.Empty;
    }
}
