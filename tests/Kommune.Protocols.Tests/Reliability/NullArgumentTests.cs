using System.Reflection;
using System.Runtime.CompilerServices;
using Kommune.Protocols.Docx;
using Kommune.Protocols.Json;
using Kommune.Protocols.Model;
using Kommune.Protocols.Testing;
using Kommune.Protocols.Scheduling;
using Kommune.Protocols.Validation;

namespace Kommune.Protocols.Tests.Reliability;

/// <summary>
/// Every public method and constructor of the package, found by reflection, is called once for
/// each parameter its nullable annotations declare non-null, with null there and a valid value
/// everywhere else: each call throws <see cref="ArgumentNullException"/> naming that parameter.
/// A new public API is covered without touching this test (or fails it until it has a sample
/// value below).
/// </summary>
public class NullArgumentTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    private static readonly Dictionary<Type, Func<object>> Samples = new()
    {
        [typeof(Meeting)] = SeedMeeting.Build,
        [typeof(Stream)] = () => new MemoryStream(),
        [typeof(string)] = () => "00.32.10",
        [typeof(byte[])] = () => MeetingJson.SerializeToUtf8Bytes(SeedMeeting.Build()),
        [typeof(Schedule)] = () => MeetingScheduler.Schedule(SeedMeeting.Build()),
        [typeof(IEnumerable<ValidationIssue>)] = () => Array.Empty<ValidationIssue>(),
        [typeof(IEnumerable<IValidationRule>)] = () => MeetingValidator.BuiltInRules,
        [typeof(IReadOnlyList<string>)] = () => new[] { "a" },
        [typeof(IEnumerable<string>)] = () => new[] { "a" },
        [typeof(ValidationReport)] = () => new ValidationReport([]),
        [typeof(ValidationOptions)] = () => ValidationOptions.Default,
        [typeof(IFormatProvider)] = () => System.Globalization.CultureInfo.InvariantCulture,
        [typeof(TextVisitor)] = () => new TextVisitor((_, _) => { }),
        [typeof(TextRewriter)] = () => new TextRewriter((_, text) => text),
        [typeof((string, object)[])] = () => Array.Empty<(string, object)>(),
        [typeof(Language)] = () => Language.Danish,
        [typeof(TextPath)] = SomePath,
        [typeof(Member)] = () => new Member { Name = "x" },
        [typeof(AgendaItem)] = () => new AgendaItem { Title = "x" },
        [typeof(Vote)] = () => new Vote(),
        [typeof(VoteTally)] = () => VoteTally.None,
        [typeof(ItemNumber)] = () => ItemNumber.Parse("1"),
        [typeof(MeetingAttendance)] = () => MeetingAttendance.Of(SeedMeeting.Build()),
        [typeof(ItemNumber)] = () => ItemNumber.Parse("1"),
        [typeof(Func<AgendaItem, AgendaItem>)] = () => new Func<AgendaItem, AgendaItem>(i => i),
        [typeof(Func<Decision, Decision>)] = () => new Func<Decision, Decision>(d => d),
    };

    public static TheoryData<string> EntryPoints()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _, _) in Calls())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void The_public_surface_has_entry_points_to_check()
    {
        var names = Calls().Select(c => c.Name).ToList();
        Assert.True(names.Count >= 20, $"only {names.Count} checks found: the reflection walk is broken");
        Assert.Contains(names, n => n.StartsWith("DocxWriter.Write(", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("MeetingJson.Deserialize(", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("MeetingValidator.Validate(", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void Null_gives_ArgumentNullException_naming_the_parameter(string entryPoint)
    {
        var (_, invoke, parameter) = Calls().Single(c => c.Name == entryPoint);

        var error = Record.Exception(invoke);

        var thrown = Assert.IsType<ArgumentNullException>(Unwrap(error), exactMatch: false);
        Assert.Equal(parameter, thrown.ParamName);
    }

    [Fact]
    public void Required_model_members_refuse_null()
    {
        var required = typeof(Meeting).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => !p.PropertyType.IsValueType && p.IsDefined(typeof(RequiredMemberAttribute), inherit: false))
            .ToList();
        Assert.True(required.Count >= 12, $"only {required.Count} required reference members found");

        foreach (var property in required)
        {
            var instance = RuntimeHelpers.GetUninitializedObject(property.DeclaringType!);
            var error = Record.Exception(() => property.SetValue(instance, null));
            var name = $"{property.DeclaringType!.Name}.{property.Name}";
            Assert.True(Unwrap(error) is ArgumentNullException thrown && thrown.ParamName == property.Name, $"{name} accepted null or threw {Unwrap(error)?.GetType().Name}");
        }
    }

    private static TextPath SomePath()
    {
        TextPath? first = null;
        MeetingWalker.Visit(SeedMeeting.Build(), (path, _) => first ??= path);
        return first!;
    }

    private static Exception? Unwrap(Exception? error) =>
        error is TargetInvocationException { InnerException: { } inner } ? Unwrap(inner) : error is AggregateException { InnerException: { } a } ? Unwrap(a) : error;

    private static IEnumerable<(string Name, Action Invoke, string Parameter)> Calls()
    {
        var types = typeof(Meeting).Assembly.GetExportedTypes().Where(t => !t.IsGenericTypeDefinition && !t.IsInterface && !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t));
        foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var members = type.GetConstructors().Cast<MethodBase>()
                .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition && !IsRecordPlumbing(m)));
            foreach (var member in members)
            {
                var parameters = member.GetParameters();
                if (parameters.Any(p => p.ParameterType.IsByRefLike || p.ParameterType.IsByRef || p.ParameterType.IsPointer))
                {
                    continue;
                }

                for (var i = 0; i < parameters.Length; i++)
                {
                    var parameter = parameters[i];
                    if (parameter.ParameterType.IsValueType || Nullability.Create(parameter).WriteState != NullabilityState.NotNull)
                    {
                        continue;
                    }

                    var name = $"{type.Name}.{(member is ConstructorInfo ? "new" : member.Name)}({string.Join(", ", parameters.Select(p => p.ParameterType.Name))}) #{parameter.Name}";
                    var index = i;
                    yield return (name, () => Invoke(type, member, parameters, index), parameter.Name!);
                }
            }
        }
    }

    private static void Invoke(Type type, MethodBase member, ParameterInfo[] parameters, int nullAt)
    {
        var arguments = parameters.Select((p, i) => i == nullAt ? null : Sample(p)).ToArray();
        object? result;
        if (member is ConstructorInfo constructor)
        {
            result = constructor.Invoke(arguments);
        }
        else
        {
            var target = member.IsStatic ? null : Instance(type);
            result = member.Invoke(target, arguments);
        }

        switch (result)
        {
            case Task task:
                task.GetAwaiter().GetResult();
                break;
            case ValueTask<Meeting> pending:
                pending.AsTask().GetAwaiter().GetResult();
                break;
            case System.Collections.IEnumerable lazy and not string:
                // An iterator checks its arguments only when enumerated, if it was written lazily.
                foreach (var unused in lazy)
                {
                }

                break;
        }
    }

    private static object? Sample(ParameterInfo parameter)
    {
        if (parameter.HasDefaultValue)
        {
            return parameter.DefaultValue;
        }

        var type = parameter.ParameterType;
        if (type.IsValueType)
        {
            return RuntimeHelpers.GetUninitializedObject(type);
        }

        if (Samples.TryGetValue(type, out var make))
        {
            return make();
        }

        if (type.GetConstructor(Type.EmptyTypes) is { } parameterless)
        {
            return parameterless.Invoke(null);
        }

        throw new InvalidOperationException($"No sample value for a parameter of type {type}: add one to {nameof(NullArgumentTests)}.{nameof(Samples)}.");
    }

    private static object Instance(Type type) =>
        Samples.TryGetValue(type, out var make) ? make()
        : type.GetConstructor(Type.EmptyTypes)?.Invoke(null) ?? throw new InvalidOperationException($"No instance of {type} to call its methods on: add one to {nameof(NullArgumentTests)}.");

    // Equality, cloning and printing members the compiler writes for records accept null by design.
    private static bool IsRecordPlumbing(MethodInfo method) =>
        method.Name is "Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "PrintMembers" or "<Clone>$" or "CompareTo" or "TryFormat"
        || method.Name.StartsWith("op_", StringComparison.Ordinal);
}
