namespace Kommune.Protocols.Docx.Projection;

/// <summary>Projects a DOCX held in memory: finds its parts, reads styles and numbering, then streams the main document.</summary>
internal static class DocxProjector
{
    public static string Project(ArraySegment<byte> docx, DocxProjectionOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var budget = new ProjectionBudget(options, cancellationToken);
        var names = OpcNames.NewNameTable();
        using var package = ProjectionPackage.Open(docx, budget, names);
        var main = package.MainDocument();
        var relationships = package.RelationshipsOf(main);
        var numbering = new ListNumbering();
        if (relationships.First("styles") is { } styles)
        {
            using var xml = package.OpenPart(package.Target(styles, main, OpcNames.StylesContentType));
            numbering.ReadStyles(xml);
        }

        if (relationships.First("numbering") is { } lists)
        {
            using var xml = package.OpenPart(package.Target(lists, main, OpcNames.NumberingContentType));
            numbering.ReadNumbering(xml);
        }

        var output = new ProjectionText(options);
        var context = new ProjectionContext(package, main, relationships, numbering, output);
        using (var xml = package.OpenPart(main))
        {
            output.Source = xml;
            new PartProjector(context, xml, PartProjector.Root.Document).Run();
        }

        return output.ToString();
    }
}
