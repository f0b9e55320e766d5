using System.Reflection;
using System.Xml.Linq;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;

namespace Kommune.Protocols.Tests.Packaging;

/// <summary>
/// The XML docs that ship in the packages hold the public surface only: every public type has its
/// entry, and no entry belongs to an internal type (src/build/PublicDocsOnly.targets strips them
/// after compiling, by the public API files).
/// </summary>
public class XmlDocsTests
{
    public static TheoryData<string> Assemblies => new() { typeof(Meeting).Assembly.Location, typeof(SeedMeeting).Assembly.Location };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void The_shipped_docs_describe_every_public_type_and_nothing_internal(string assemblyPath)
    {
        var assembly = Assembly.LoadFrom(assemblyPath);
        var docs = XDocument.Load(Path.ChangeExtension(assemblyPath, ".xml"));
        var names = docs.Descendants("member").Select(m => (string)m.Attribute("name")!).ToList();
        var exported = assembly.GetExportedTypes().Select(t => t.FullName!.Replace('+', '.')).ToHashSet(StringComparer.Ordinal);
        var all = assembly.GetTypes().Where(t => t.FullName is not null).Select(t => t.FullName!.Replace('+', '.')).ToHashSet(StringComparer.Ordinal);

        var documentedTypes = names.Where(n => n.StartsWith("T:", StringComparison.Ordinal)).Select(n => n[2..]).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(exported, t => !documentedTypes.Contains(t));
        Assert.DoesNotContain(documentedTypes, t => !exported.Contains(t));

        // A member's entry belongs to a public type; the entries of internal types' members are gone.
        var memberTypes = names.Where(n => !n.StartsWith("T:", StringComparison.Ordinal))
            .Select(n => n[2..].Split('(')[0])
            .Select(n => n[..n.LastIndexOf('.')])
            .ToList();
        Assert.DoesNotContain(memberTypes, t => all.Contains(t) && !exported.Contains(t));
        Assert.NotEmpty(memberTypes);
    }

    [Fact]
    public void Public_members_keep_their_docs_and_internal_members_of_public_types_lose_theirs()
    {
        var docs = XDocument.Load(Path.ChangeExtension(typeof(Meeting).Assembly.Location, ".xml"));
        var names = docs.Descendants("member").Select(m => (string)m.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("P:Kommune.Protocols.Paper.HouseStyle.AttendanceLayout", names);
        Assert.Contains("F:Kommune.Protocols.WordKeys.VoteLine", names);
        Assert.Contains(names, n => n.StartsWith("M:Kommune.Protocols.Model.ValueList.Create``1(", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("P:Kommune.Protocols.Model.ValueList`1.Item(", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.StartsWith("M:Kommune.Protocols.Model.KleNumber.TryParseCore(", StringComparison.Ordinal));
        Assert.DoesNotContain("T:Kommune.Protocols.Paper.Compose.ComposeContext", names);
    }
}
