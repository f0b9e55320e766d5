using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Kommune.Protocols.Model;
using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Tests.Model;

/// <summary>
/// The null rule of <c>docs/api-conventions.md</c>, checked by reflection for every settable
/// public property of every public type (the model, the options, the policies), so a new
/// property is covered without touching this test:
/// a collection (or <see cref="VoteTally"/>, a collection of voters) takes null as empty (exactly
/// as if <c>[]</c> were given) and never reads null; any other reference the nullable annotations declare non-null (a required member
/// or one with a default) refuses null with <see cref="ArgumentNullException"/> naming the
/// property; one declared nullable takes null as "not stated".
/// </summary>
public class NullHandlingRuleTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static TheoryData<string> Properties()
    {
        var data = new TheoryData<string>();
        foreach (var property in Settable())
        {
            data.Add(Name(property));
        }

        return data;
    }

    [Fact]
    public void The_walk_finds_the_model_and_the_options()
    {
        var names = Settable().Select(Name).ToList();

        Assert.True(names.Count >= 120, $"only {names.Count} settable properties found: the reflection walk is broken");
        Assert.Contains("Meeting.Members", names);
        Assert.Contains("AgendaItem.Title", names);
        Assert.Contains("Vote.For", names);
        Assert.Contains("ValidationOptions.ExtraRules", names);
        Assert.Contains("PaperOptions.Language", names);
        Assert.Contains("HouseStyle.ItemPartOrder", names);
    }

    [Theory]
    [MemberData(nameof(Properties))]
    public void Null_follows_the_rule(string name)
    {
        var property = Settable().Single(p => Name(p) == name);
        var instance = RuntimeHelpers.GetUninitializedObject(property.DeclaringType!);

        var error = Unwrap(Record.Exception(() => property.SetValue(instance, null)));

        switch (KindOf(property))
        {
            case NullKind.Empty:
                Assert.Null(error);
                var value = property.GetValue(instance);
                Assert.NotNull(value);
                var empty = RuntimeHelpers.GetUninitializedObject(property.DeclaringType!);
                property.SetValue(empty, EmptyOf(property.PropertyType));
                Assert.Equal(Elements(property.GetValue(empty)!), Elements(value));
                break;
            case NullKind.Refused:
                var thrown = Assert.IsType<ArgumentNullException>(error, exactMatch: false);
                Assert.Equal(property.Name, thrown.ParamName);
                break;
            default:
                Assert.Null(error);
                Assert.Null(property.GetValue(instance));
                break;
        }
    }

    [Fact]
    public void A_new_instance_has_no_null_collection()
    {
        var checkedTypes = 0;
        foreach (var type in Settable().Select(p => p.DeclaringType!).Distinct())
        {
            if (type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is not { } constructor)
            {
                continue;
            }

            checkedTypes++;
            var instance = constructor.Invoke(null);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => KindOf(p) == NullKind.Empty && p.GetIndexParameters().Length == 0))
            {
                Assert.True(property.GetValue(instance) is not null, $"new {type.Name}().{property.Name} is null");
            }
        }

        Assert.True(checkedTypes >= 30, $"only {checkedTypes} types with a parameterless constructor found");
    }

    [Fact]
    public void The_rule_as_a_user_meets_it()
    {
        var meeting = new Meeting { Municipality = "Norddjurs Kommune", Body = new Body { Name = "Økonomiudvalget" }, Date = new NodaTime.LocalDate(2025, 3, 5) };

        Assert.Same(ValueList<Member>.Empty, (meeting with { Members = null! }).Members);
        Assert.Same(VoteTally.None, new Vote { For = null! }.For);
        Assert.Empty(new ValidationOptions { Disabled = null! }.Disabled);
        Assert.Equal("Municipality", Assert.Throws<ArgumentNullException>(() => meeting with { Municipality = null! }).ParamName);
        Assert.Equal("Title", Assert.Throws<ArgumentNullException>(() => new AgendaItem { Title = null! }).ParamName);
        Assert.Null((meeting with { Location = null }).Location);
    }

    private enum NullKind
    {
        Empty,
        Refused,
        Absent,
    }

    private static NullKind KindOf(PropertyInfo property)
    {
        var type = property.PropertyType;
        if (type == typeof(VoteTally) || (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type)))
        {
            return NullKind.Empty;
        }

        return Nullability.Create(property).WriteState == NullabilityState.Nullable ? NullKind.Absent : NullKind.Refused;
    }

    private static List<object?> Elements(object value) => value is IEnumerable sequence ? sequence.Cast<object?>().ToList() : [value];

    // What [] means for the property's type.
    private static object EmptyOf(Type type)
    {
        if (type == typeof(VoteTally))
        {
            return VoteTally.None;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
        {
            return type.GetProperty(nameof(ValueList<int>.Empty))!.GetValue(null)!;
        }

        var arguments = type.GetGenericArguments();
        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IReadOnlyDictionary<,>) ? Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments))!
            : definition == typeof(IReadOnlySet<>) ? Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(arguments))!
            : Array.CreateInstance(arguments[0], 0);
    }

    private static string Name(PropertyInfo property) => $"{property.DeclaringType!.Name}.{property.Name}";

    private static IEnumerable<PropertyInfo> Settable() =>
        typeof(Meeting).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsGenericTypeDefinition && !typeof(Exception).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetSetMethod() is not null && !p.PropertyType.IsValueType && p.Name != "EqualityContract");

    private static Exception? Unwrap(Exception? error) => error is TargetInvocationException { InnerException: { } inner } ? inner : error;
}
