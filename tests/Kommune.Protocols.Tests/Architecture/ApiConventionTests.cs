using System.Reflection;
using System.Xml.Linq;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Editions;
using Kommune.Protocols.Html;
using Kommune.Protocols.Import;
using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using Kommune.Protocols.Pdf;
using Kommune.Protocols.Scheduling;
using Kommune.Protocols.Settings;
using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Tests.Architecture;

/// <summary>
/// The conventions of <c>docs/api-conventions.md</c> that reflection and the shipped XML docs can
/// check: operations are static methods of static classes (no instances to share), each
/// documented as thread-safe and with the <see cref="ArgumentNullException"/> it throws, and the
/// results the library builds have no public constructor and are not records.
/// </summary>
public class ApiConventionTests
{
    private static readonly Assembly Library = typeof(Meeting).Assembly;

    private static readonly NullabilityInfoContext Nullability = new();

    private static readonly Lazy<Dictionary<string, XElement>> Docs = new(() =>
        XDocument.Load(Path.ChangeExtension(Library.Location, ".xml")).Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal));

    public static TheoryData<string> EntryPoints()
    {
        var data = new TheoryData<string>();
        foreach (var method in EntryMethods())
        {
            data.Add(Name(method));
        }

        return data;
    }

    [Theory]
    [InlineData(typeof(DocxWriter))]
    [InlineData(typeof(HtmlWriter))]
    [InlineData(typeof(PdfWriter))]
    [InlineData(typeof(MeetingValidator))]
    [InlineData(typeof(MeetingJson))]
    [InlineData(typeof(MeetingJsonSchema))]
    [InlineData(typeof(MeetingScheduler))]
    [InlineData(typeof(PublicEdition))]
    [InlineData(typeof(MeetingImporter))]
    [InlineData(typeof(SettingsJson))]
    [InlineData(typeof(DocxTextProjection))]
    public void An_operation_lives_on_a_static_class(Type type) =>
        Assert.True(type is { IsAbstract: true, IsSealed: true }, $"{type.Name} is not a static class");

    [Fact]
    public void No_type_offers_a_shared_instance_of_itself()
    {
        var shared = Library.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.Name is "Shared" or "Instance")
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.Empty(shared);
    }

    [Fact]
    public void The_walk_finds_the_entry_points()
    {
        var names = EntryMethods().Select(Name).ToList();

        Assert.True(names.Count >= 60, $"only {names.Count} entry points found");
        Assert.Contains(names, n => n.StartsWith("DocxWriter.WriteAsync(", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("MeetingValidator.Validate(", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("Meeting.WithItem(", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("TimePlan.FromItems(", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void An_entry_point_documents_thread_safety_and_its_ArgumentNullException(string name)
    {
        var method = EntryMethods().Single(m => Name(m) == name);
        Assert.True(Docs.Value.TryGetValue(DocId(method), out var doc), $"{name} has no XML doc ({DocId(method)})");

        var remarks = doc.Element("remarks")?.Value ?? "";
        Assert.Contains("Thread-safe", remarks, StringComparison.Ordinal);

        var nonNull = method.GetParameters().Where(p => !p.ParameterType.IsValueType && !p.ParameterType.IsByRef && Nullability.Create(p).WriteState == NullabilityState.NotNull).ToList();
        var documented = doc.Elements("exception").Any(e => (string?)e.Attribute("cref") == "T:System.ArgumentNullException");
        Assert.True(nonNull.Count == 0 || documented, $"{name} takes {string.Join(", ", nonNull.Select(p => p.Name))} non-null but does not document ArgumentNullException");
    }

    [Theory]
    [InlineData(typeof(ValidationReport))]
    [InlineData(typeof(ValidationIssue))]
    [InlineData(typeof(Schedule))]
    [InlineData(typeof(ScheduledSlot))]
    [InlineData(typeof(ScheduleProblem))]
    [InlineData(typeof(ImportResult))]
    [InlineData(typeof(ImportReport))]
    [InlineData(typeof(ImportIssue))]
    [InlineData(typeof(MeetingLimitViolation))]
    [InlineData(typeof(MeetingAttendance))]
    [InlineData(typeof(TextPath))]
    [InlineData(typeof(ValidationContext))]
    public void A_result_the_library_builds_has_no_public_constructor_and_is_no_record(Type type)
    {
        Assert.Empty(type.GetConstructors());
        Assert.Null(type.GetMethod("<Clone>$"));
        Assert.Null(type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance));
        Assert.DoesNotContain(type.GetMethods(), m => m.Name == "Deconstruct");
    }

    [Fact]
    public void Finding_is_built_by_rules_through_its_constructor_and_factories_not_positionally()
    {
        Assert.True(typeof(Finding).IsValueType);
        Assert.DoesNotContain(typeof(Finding).GetMethods(), m => m.Name == "Deconstruct");
        Assert.Equal("x", Finding.WithMessage("p", "x").Message);
    }

    // The operations: public methods of public static classes, and the model's conveniences.
    private static IEnumerable<MethodInfo> EntryMethods()
    {
        var statics = Library.GetExportedTypes().Where(t => t is { IsAbstract: true, IsSealed: true });
        var operations = statics.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)).Where(m => !m.IsSpecialName);
        var conveniences = new[]
        {
            typeof(Meeting).GetMethod(nameof(Meeting.FindItem))!,
            typeof(Meeting).GetMethod(nameof(Meeting.WithItem))!,
            typeof(Meeting).GetMethod(nameof(Meeting.WithDecision))!,
            typeof(Meeting).GetMethod(nameof(Meeting.ToProtocol))!,
            typeof(TimePlan).GetMethod(nameof(TimePlan.FromItems))!,
        };
        return operations.Concat(conveniences).OrderBy(Name, StringComparer.Ordinal);
    }

    private static string Name(MethodInfo method) =>
        $"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})";

    // The XML doc id of a method (enough of the format for the methods walked here).
    private static string DocId(MethodInfo method)
    {
        var id = $"M:{method.DeclaringType!.FullName}.{method.Name}";
        if (method.IsGenericMethodDefinition)
        {
            id += $"``{method.GetGenericArguments().Length}";
        }

        var parameters = method.GetParameters();
        return parameters.Length == 0 ? id : $"{id}({string.Join(",", parameters.Select(p => TypeId(p.ParameterType, method)))})";
    }

    private static string TypeId(Type type, MethodInfo method)
    {
        if (type.IsByRef)
        {
            return TypeId(type.GetElementType()!, method) + "@";
        }

        if (type.IsArray)
        {
            return TypeId(type.GetElementType()!, method) + "[]";
        }

        if (type.IsGenericMethodParameter)
        {
            return $"``{type.GenericParameterPosition}";
        }

        if (type.IsGenericParameter)
        {
            return $"`{type.GenericParameterPosition}";
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition().FullName!;
            return $"{definition[..definition.IndexOf('`', StringComparison.Ordinal)]}{{{string.Join(",", type.GetGenericArguments().Select(a => TypeId(a, method)))}}}";
        }

        return type.FullName!.Replace('+', '.');
    }
}
