using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Kommune.Protocols.Model;
using NodaTime;

namespace Kommune.Protocols.Tests.Support;

/// <summary>
/// Builds model objects with every settable member filled, found by reflection: each text field
/// gets a unique marker (and its JSON-style path is recorded), every list two elements, every
/// abstract block one element of each concrete kind. A member added to the model is filled
/// without touching this class, so tests built on it (walker completeness, leaks) cover it at
/// once.
/// </summary>
public sealed class ModelFiller
{
    private static readonly Type[] BlockKinds = [.. typeof(Block).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Block)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal)];

    // Reflection looked up once per type: the leak tests fill thousands of objects per meeting.
    private static readonly ConcurrentDictionary<Type, object> FirstEnumValues = new();
    private static readonly ConcurrentDictionary<Type, Type> ListTypes = new();
    private static readonly ConcurrentDictionary<Type, MethodInfo> ListMakers = new();

    private readonly string prefix;
    private readonly int maxDepth;
    private readonly List<(string Path, string Text)> texts = [];
    private int next;
    private int itemNumbers;

    /// <param name="prefix">Starts every marker.</param>
    /// <param name="maxDepth">How deep self-nesting members (sub-items, tables in cells) go; 3 reaches every member at least twice over.</param>
    public ModelFiller(string prefix = "FILL", int maxDepth = 3)
    {
        this.prefix = prefix;
        this.maxDepth = maxDepth;
    }

    /// <summary>Every text put in, with its path, in the order it was made.</summary>
    public IReadOnlyList<(string Path, string Text)> Texts => texts;

    public T Fill<T>(string path = "")
        where T : class => (T)Fill(typeof(T), path, depth: 0)!;

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private object? Fill(Type type, string path, int depth, bool selfNesting = false)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return Text(path);
        }

        if (type == typeof(CaseNumber))
        {
            return CaseNumber.FromText(Text(path));
        }

        if (type == typeof(DocumentNumber))
        {
            return DocumentNumber.FromText(Text(path));
        }

        if (type == typeof(ItemNumber))
        {
            return ItemNumber.Parse((++itemNumbers).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (type == typeof(KleNumber))
        {
            return KleNumber.Parse("00.32.10");
        }

        if (type.IsEnum)
        {
            return FirstEnumValues.GetOrAdd(type, t => Enum.GetValues(t).GetValue(0)!);
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(int))
        {
            return 1;
        }

        if (type == typeof(LocalDate))
        {
            return new LocalDate(2025, 3, 5);
        }

        if (type == typeof(LocalTime))
        {
            return new LocalTime(9, 0);
        }

        if (type == typeof(Duration))
        {
            return Duration.FromMinutes(15);
        }

        if (type == typeof(Instant))
        {
            return Instant.FromUtc(2025, 3, 6, 10, 0);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
        {
            return List(type.GetGenericArguments()[0], path, depth, selfNesting);
        }

        if (type == typeof(Block))
        {
            throw new InvalidOperationException("A single Block member: fill it through its list.");
        }

        if (ObjectPlan.For(type) is { } plan)
        {
            var instance = plan.Create();
            foreach (var member in plan.Members)
            {
                var value = Fill(member.Property.PropertyType, Join(path, member.Name), depth + (member.Nests ? 1 : 0), member.Nests);
                if (value is not null)
                {
                    member.Property.SetValue(instance, value);
                }
            }

            return instance;
        }

        throw new InvalidOperationException($"ModelFiller does not know how to fill {type} at {path}: add it.");
    }

    private static bool IsListOf(Type listType, Type element) =>
        listType.IsGenericType && listType.GetGenericTypeDefinition() == typeof(ValueList<>) && listType.GetGenericArguments()[0] == element;

    private object List(Type element, string path, int depth, bool selfNesting)
    {
        var items = (IList)Activator.CreateInstance(ListTypes.GetOrAdd(element, e => typeof(List<>).MakeGenericType(e)))!;
        if (element == typeof(Block))
        {
            // Nested tables hold blocks again: stop before the model's own nesting runs away.
            var kinds = depth > maxDepth ? BlockKinds.Where(k => k != typeof(Table)) : BlockKinds;
            foreach (var kind in kinds)
            {
                items.Add(Fill(kind, $"{path}[{items.Count}]", depth + (kind == typeof(Table) ? 1 : 0)));
            }
        }
        else if (!selfNesting || depth <= maxDepth)
        {
            for (var i = 0; i < 2; i++)
            {
                items.Add(Fill(element, $"{path}[{i}]", depth));
            }
        }

        return ListMakers.GetOrAdd(element, e => typeof(ValueList).GetMethod(nameof(ValueList.From))!.MakeGenericMethod(e)).Invoke(null, [items])!;
    }

    private string Text(string path)
    {
        var text = $"{prefix}{next++:00000}";
        texts.Add((path, text));
        return text;
    }

    /// <summary>How to fill a model class: its constructor and its publicly settable members, in reflection's order.</summary>
    private sealed class ObjectPlan
    {
        private static readonly ConcurrentDictionary<Type, ObjectPlan?> Plans = new();

        private readonly ConstructorInfo constructor;

        private ObjectPlan(Type type, ConstructorInfo constructor)
        {
            this.constructor = constructor;
            Members = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => new PlanMember(p, Camel(p.Name), p.PropertyType == type || IsListOf(p.PropertyType, type)))];
        }

        public PlanMember[] Members { get; }

        public static ObjectPlan? For(Type type) => Plans.GetOrAdd(type, t =>
            t.IsClass && t.Namespace == typeof(Meeting).Namespace && t.GetConstructor(Type.EmptyTypes) is { } constructor ? new ObjectPlan(t, constructor) : null);

        public object Create() => constructor.Invoke(null);
    }

    private sealed record PlanMember(PropertyInfo Property, string Name, bool Nests);
}
