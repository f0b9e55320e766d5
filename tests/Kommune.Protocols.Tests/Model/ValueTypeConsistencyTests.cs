using System.Globalization;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Tests.Model;

/// <summary>
/// In the spirit of NodaTime's <c>ConsistencyTest</c>: every value type of the model (a sealed
/// class in <c>Kommune.Protocols.Model</c> with a static <c>Parse</c> and <c>TryParse</c>) is
/// found by reflection and held to the same contract: the parsing and formatting interfaces,
/// parsers that agree with each other, text that round-trips, equality that agrees with itself,
/// an order that agrees with equality, and results that do not depend on the current culture.
/// A new value type fails <see cref="Every_value_type_has_samples"/> until it is given samples.
/// </summary>
public class ValueTypeConsistencyTests
{
    /// <summary>Valid texts of each type, in ascending order as <c>CompareTo</c> must order them.</summary>
    private static readonly Dictionary<Type, string[]> Samples = new()
    {
        [typeof(ItemNumber)] = ["0", "00", "01", "1", "1.01", "1.1", "1.2", "1.10", "1.a", "1.B", "1.I", "1.i", "1.x1", "2", "10", "138", "999999"],
        [typeof(KleNumber)] = ["00", "00.00", "00.00.00", "00.01", "00.01.00", "00.32.10", "01", "27.12.08", "99.99.99"],

        // Case and document numbers are ordered by their text, ordinally (documented on the types).
        [typeof(CaseNumber)] = Ordinal(
            "24/5333", "12/27845", "22/2694", "2019-012345", "2013-003869", "00.32.10.S00 24/5333", "00.32.10.S00  24/5333",
            "00.01.00.Ø00 22/1234", "00.32.10-S00-1-24", "00.01.00-Ø00-1-22", "1-40-72-7-22", "1-51-71-3321-08", "0-3-1-20"),
        [typeof(DocumentNumber)] = Ordinal("29031/25", "222359/12", "1/2025", "2012-203438", "2016-003798-1", "2016-003798-12"),
    };

    /// <summary>Texts each type must refuse; Arabic-Indic digits and Turkish letters probe culture independence.</summary>
    private static readonly Dictionary<Type, string[]> Invalid = new()
    {
        [typeof(ItemNumber)] = ["", " ", "a", "1.", ".1", "1.a.b", "-1", "1 ", " 1", "1234567", "١", "1.æ", "1.ı", "1\u0000", "1\u00A0"],
        [typeof(KleNumber)] = ["", "0", "00.3", "00-32-10", "00.32.10.05", "٠٠.٣٢", "00.32.10 "],
        [typeof(CaseNumber)] = ["", " ", "SAG-17", "24/5333 ", "\u00A024/5333", "00.32.10.s00 24/5333", "00.32.10.ı00 24/5333", "1-40-72-7-2022", "24\u0000/5333", "٢٤/٥٣٣٣", new string('9', 200) + "x"],
        [typeof(DocumentNumber)] = ["", "DOK-1", "29031/2", "2016-003798-", "29031/25\n", "٢٩٠٣١/٢٥"],
    };

    /// <summary>The types whose order means something and so have <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>.</summary>
    private static readonly HashSet<Type> Ordered = [typeof(ItemNumber), typeof(KleNumber)];

    private static readonly Type[] Interfaces = [typeof(IParsable<>), typeof(ISpanParsable<>), typeof(IEquatable<>), typeof(IComparable<>)];

    public static TheoryData<string> TypeNames => new(ValueTypes().Select(t => t.Name).Order(StringComparer.Ordinal));

    public static TheoryData<string, string> TypesAndCultures
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var type in ValueTypes().Select(t => t.Name).Order(StringComparer.Ordinal))
            {
                foreach (var culture in new[] { "tr-TR", "ar-SA", "da-DK", "th-TH" })
                {
                    data.Add(type, culture);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Every_value_type_has_samples()
    {
        var found = ValueTypes().ToList();

        Assert.True(found.Count >= 4, "only " + string.Join(", ", found.Select(t => t.Name)));
        Assert.Equal(Samples.Keys.OrderBy(t => t.Name, StringComparer.Ordinal), found.OrderBy(t => t.Name, StringComparer.Ordinal));
        Assert.Equal(Samples.Keys.OrderBy(t => t.Name, StringComparer.Ordinal), Invalid.Keys.OrderBy(t => t.Name, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Implements_the_parsing_formatting_equality_and_order_interfaces(string typeName)
    {
        var type = TypeNamed(typeName);

        foreach (var generic in Interfaces)
        {
            Assert.True(generic.MakeGenericType(type).IsAssignableFrom(type), $"{type.Name} does not implement {generic.Name}");
        }

        Assert.True(typeof(IFormattable).IsAssignableFrom(type), $"{type.Name} is not IFormattable");
        Assert.True(typeof(IComparable).IsAssignableFrom(type), $"{type.Name} is not IComparable");
        Assert.NotNull(type.GetMethod("op_Equality", [type, type]));
        Assert.NotNull(type.GetMethod("op_Inequality", [type, type]));
        foreach (var op in new[] { "op_LessThan", "op_LessThanOrEqual", "op_GreaterThan", "op_GreaterThanOrEqual" })
        {
            var method = type.GetMethod(op, [type, type]);
            Assert.True(Ordered.Contains(type) == (method is not null), $"{type.Name}.{op}: operators exist exactly where the order means something");
        }
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Parsers_agree_and_text_round_trips(string typeName) => Run(nameof(ParsersAgree), typeName);

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Null_is_refused_by_Parse_and_false_for_TryParse(string typeName) => Run(nameof(NullHandling), typeName);

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Equals_GetHashCode_and_the_operators_agree(string typeName) => Run(nameof(EqualityAgrees), typeName);

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void CompareTo_agrees_with_Equals_and_is_a_total_order(string typeName) => Run(nameof(OrderAgrees), typeName);

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void The_general_format_is_ToString(string typeName) => Run(nameof(FormatAgrees), typeName);

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void FromText_keeps_any_text_and_agrees_with_Parse(string typeName)
    {
        var type = TypeNamed(typeName);
        var fromText = type.GetMethod("FromText", BindingFlags.Public | BindingFlags.Static, [typeof(string)]);
        if (fromText is null)
        {
            return;
        }

        foreach (var text in Samples[type])
        {
            Assert.Equal(Invoke(type, "Parse", text), fromText.Invoke(null, [text]));
        }

        foreach (var text in Invalid[type].Where(t => t.Length > 0))
        {
            var kept = fromText.Invoke(null, [text])!;
            Assert.Equal(text, kept.ToString());
            Assert.False((bool)type.GetProperty("IsRecognized")!.GetValue(kept)!, text);
        }
    }

    [Trait("Category", "Cultures")]
    [Theory]
    [MemberData(nameof(TypesAndCultures))]
    public void Results_do_not_depend_on_the_current_culture(string typeName, string culture)
    {
        var type = TypeNamed(typeName);
        var expected = Fingerprint(type);
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(expected, Fingerprint(type));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    private static IEnumerable<Type> ValueTypes() => typeof(ItemNumber).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == typeof(ItemNumber).Namespace && t.IsClass && t.IsSealed)
        .Where(t => t.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)]) is not null)
        .Where(t => t.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), t.MakeByRefType()]) is not null);

    private static Type TypeNamed(string name) => ValueTypes().Single(t => t.Name == name);

    private static string[] Ordinal(params string[] texts) => [.. texts.Order(StringComparer.Ordinal)];

    /// <summary>Runs a generic check for the type, so the check can call the static interface members.</summary>
    private static void Run(string check, string typeName)
    {
        var type = TypeNamed(typeName);
        var method = typeof(ValueTypeConsistencyTests).GetMethod(check, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        try
        {
            method.Invoke(null, [Samples[type], Invalid[type]]);
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(error.InnerException).Throw();
        }
    }

    // Through IParsable<T> alone: with ISpanParsable<T> in scope, T.Parse(string, ...) binds to the
    // span overload (C# converts string to ReadOnlySpan<char> implicitly), which would leave the
    // string members untested.
    private static T ParseString<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);

    private static bool TryParseString<T>(string? text, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T result)
        where T : IParsable<T> => T.TryParse(text, null, out result);

    private static object? Invoke(Type type, string name, string? text) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(string)])!.Invoke(null, [text]);

    private static void ParsersAgree<T>(string[] samples, string[] invalid)
        where T : class, ISpanParsable<T>, IFormattable, IEquatable<T>, IComparable<T>, IComparable
    {
        foreach (var text in samples)
        {
            var parsed = ParseString<T>(text);
            Assert.Equal(text, parsed.ToString());
            Assert.Equal(parsed, T.Parse(text.AsSpan(), null));
            Assert.Equal(parsed, Invoke(typeof(T), "Parse", text));
            Assert.True(TryParseString<T>(text, out var tried), text);
            Assert.Equal(parsed, tried);
            Assert.True(T.TryParse(text.AsSpan(), null, out var triedSpan), text);
            Assert.Equal(parsed, triedSpan);
            Assert.Equal(parsed, ParseString<T>(parsed.ToString()!));

            // A span cut out of a longer text parses the same as the string.
            var padded = "<" + text + ">";
            Assert.Equal(parsed, T.Parse(padded.AsSpan(1, text.Length), null));
        }

        foreach (var text in invalid)
        {
            Assert.False(TryParseString<T>(text, out var none), text);
            Assert.Null(none);
            Assert.False(T.TryParse(text.AsSpan(), null, out var noneSpan), text);
            Assert.Null(noneSpan);
            var error = Assert.Throws<FormatException>(() => ParseString<T>(text));
            Assert.Equal(error.Message, Assert.Throws<FormatException>(() => T.Parse(text.AsSpan(), null)).Message);
            Assert.StartsWith(InputText.Quote(text) + " is not a", error.Message, StringComparison.Ordinal);
            Assert.Contains("expected", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(error.Message, c => char.IsControl(c));
        }
    }

    private static void NullHandling<T>(string[] samples, string[] invalid)
        where T : class, ISpanParsable<T>, IFormattable, IEquatable<T>, IComparable<T>, IComparable
    {
        _ = (samples, invalid);
        Assert.False(TryParseString<T>(null, out var none));
        Assert.Null(none);
        Assert.Throws<ArgumentNullException>(() => ParseString<T>(null!));
        var error = Assert.Throws<TargetInvocationException>(() => Invoke(typeof(T), "Parse", null));
        Assert.IsType<ArgumentNullException>(error.InnerException);
        var tryParse = typeof(T).GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(T).MakeByRefType()])!;
        object?[] arguments = [null, null];
        Assert.False((bool)tryParse.Invoke(null, arguments)!);
        Assert.Null(arguments[1]);
    }

    private static void EqualityAgrees<T>(string[] samples, string[] invalid)
        where T : class, ISpanParsable<T>, IFormattable, IEquatable<T>, IComparable<T>, IComparable
    {
        _ = invalid;
        var equal = typeof(T).GetMethod("op_Equality", [typeof(T), typeof(T)])!;
        var unequal = typeof(T).GetMethod("op_Inequality", [typeof(T), typeof(T)])!;
        var values = samples.Select(ParseString<T>).ToArray();
        var again = samples.Select(ParseString<T>).ToArray();
        for (var i = 0; i < values.Length; i++)
        {
            Assert.NotSame(values[i], again[i]);
            for (var j = 0; j < values.Length; j++)
            {
                var same = i == j;
                var (a, b) = (values[i], again[j]);
                Assert.Equal(same, a.Equals(b));
                Assert.Equal(same, a.Equals((object)b));
                Assert.Equal(same, (bool)equal.Invoke(null, [a, b])!);
                Assert.Equal(!same, (bool)unequal.Invoke(null, [a, b])!);
                if (same)
                {
                    Assert.Equal(a.GetHashCode(), b.GetHashCode());
                }
            }

            Assert.False(values[i].Equals((T?)null));
            Assert.False(values[i].Equals((object?)null));
            Assert.False(values[i].Equals(samples[i]));
            Assert.False((bool)equal.Invoke(null, [values[i], null])!);
            Assert.True((bool)unequal.Invoke(null, [null, values[i]])!);
        }

        Assert.True((bool)equal.Invoke(null, [null, null])!);
        Assert.Equal(values.Length, values.ToHashSet().Count);
    }

    private static void OrderAgrees<T>(string[] samples, string[] invalid)
        where T : class, ISpanParsable<T>, IFormattable, IEquatable<T>, IComparable<T>, IComparable
    {
        _ = invalid;
        var values = samples.Select(ParseString<T>).ToArray();
        var again = samples.Select(ParseString<T>).ToArray();
        var operators = Ordered.Contains(typeof(T))
            ? new[] { "op_LessThan", "op_LessThanOrEqual", "op_GreaterThan", "op_GreaterThanOrEqual" }.Select(n => typeof(T).GetMethod(n, [typeof(T), typeof(T)])!).ToArray()
            : null;
        for (var i = 0; i < values.Length; i++)
        {
            for (var j = 0; j < values.Length; j++)
            {
                // The samples are listed in ascending order, so comparing every pair with the
                // listed positions checks antisymmetry and transitivity on them at once.
                var (a, b) = (values[i], again[j]);
                var sign = Math.Sign(a.CompareTo(b));
                Assert.True(i.CompareTo(j) == sign, $"{a}.CompareTo({b}) is {sign}, expected {i.CompareTo(j)}");
                Assert.Equal(sign, Math.Sign(a.CompareTo((object)b)));
                Assert.Equal(-sign, Math.Sign(b.CompareTo(a)));
                Assert.Equal(sign == 0, a.Equals(b));
                if (operators is not null)
                {
                    Assert.Equal(sign < 0, (bool)operators[0].Invoke(null, [a, b])!);
                    Assert.Equal(sign <= 0, (bool)operators[1].Invoke(null, [a, b])!);
                    Assert.Equal(sign > 0, (bool)operators[2].Invoke(null, [a, b])!);
                    Assert.Equal(sign >= 0, (bool)operators[3].Invoke(null, [a, b])!);
                }
            }

            Assert.True(values[i].CompareTo((T?)null) > 0);
            Assert.True(values[i].CompareTo((object?)null) > 0);
            Assert.Throws<ArgumentException>(() => values[i].CompareTo((object)samples[i]));
        }

        Assert.Equal(values, Enumerable.Reverse(values).Order());
        Assert.Equal(values, Enumerable.Reverse(values).Order(Comparer<T>.Default));
    }

    private static void FormatAgrees<T>(string[] samples, string[] invalid)
        where T : class, ISpanParsable<T>, IFormattable, IEquatable<T>, IComparable<T>, IComparable
    {
        _ = invalid;
        foreach (var value in samples.Select(ParseString<T>))
        {
            var text = value.ToString();
            Assert.Equal(text, value.ToString(null, null));
            Assert.Equal(text, value.ToString("G", null));
            Assert.Equal(text, value.ToString(string.Empty, CultureInfo.InvariantCulture));
            Assert.Equal(text, value.ToString("G", new UnusedProvider()));
            Assert.Equal(text, $"{value}");
            Assert.Equal(text, string.Format(CultureInfo.InvariantCulture, "{0:G}", value));
            Assert.Throws<FormatException>(() => value.ToString("X", null));
        }
    }

    /// <summary>Everything observable about the samples and the refused texts, as text.</summary>
    private static string Fingerprint(Type type)
    {
        var lines = new List<string>();
        var values = Samples[type].Select(s => Invoke(type, "Parse", s)!).ToArray();
        foreach (var value in values)
        {
            var parts = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => FormattableString.Invariant($"{p.Name}={p.GetValue(value) ?? "null"}"));
            lines.Add(FormattableString.Invariant($"{value}: {string.Join("; ", parts)}; hash-equal={value.GetHashCode() == Invoke(type, "Parse", value.ToString())!.GetHashCode()}"));
            lines.Add("  order: " + string.Join(" ", values.Select(other => Math.Sign(((IComparable)value).CompareTo(other)).ToString(CultureInfo.InvariantCulture))));
        }

        foreach (var text in Invalid[type])
        {
            var error = Assert.Throws<TargetInvocationException>(() => Invoke(type, "Parse", text));
            lines.Add($"refused: {error.InnerException!.Message}");
        }

        return string.Join("\n", lines);
    }

    /// <summary>A format provider that fails if asked: the value types must ignore the provider.</summary>
    private sealed class UnusedProvider : IFormatProvider
    {
        public object? GetFormat(Type? formatType) => throw new InvalidOperationException("the provider was consulted");
    }
}
