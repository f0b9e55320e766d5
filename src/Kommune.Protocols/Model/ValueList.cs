using System.Collections;
using System.Runtime.CompilerServices;

namespace Kommune.Protocols.Model;

/// <summary>
/// An immutable list that compares by content, so that two meetings with the same facts are
/// equal (records compare their members with <see cref="EqualityComparer{T}.Default"/>, and
/// arrays or lists would compare by reference). Build it with a collection expression:
/// <c>Items = [item1, item2]</c>; change it with <see cref="SetItem"/>, <see cref="Replace"/>,
/// <see cref="Add"/> and <see cref="RemoveAt"/>, which return a new list. Immutable, so thread-safe.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>, ICountedList
{
    private readonly T[] items;

    private ValueList(T[] items) => this.items = items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    /// <summary>The number of elements.</summary>
    public int Count => items.Length;

    /// <summary>Whether the list has no elements.</summary>
    public bool IsEmpty => items.Length == 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    public T this[int index] => items[index];

    /// <inheritdoc/>
    object? ICountedList.ItemAt(int index) => items[index];

    /// <summary>A copy of the list with the element at <paramref name="index"/> replaced (this list is not changed).</summary>
    /// <param name="index">A zero-based index.</param>
    /// <param name="value">The new element.</param>
    /// <returns>The new list.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not an index of the list.</exception>
    public ValueList<T> SetItem(int index, T value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, items.Length);
        var copy = (T[])items.Clone();
        copy[index] = value;
        return new ValueList<T>(copy);
    }

    /// <summary>
    /// A copy of the list with the first element equal to <paramref name="oldValue"/> (by
    /// <see cref="EqualityComparer{T}.Default"/>: records compare by content) replaced by
    /// <paramref name="newValue"/>; this list is not changed.
    /// </summary>
    /// <param name="oldValue">The element to replace.</param>
    /// <param name="newValue">The element to put in its place.</param>
    /// <returns>The new list.</returns>
    /// <exception cref="ArgumentException">No element equals <paramref name="oldValue"/>.</exception>
    public ValueList<T> Replace(T oldValue, T newValue)
    {
        var index = Array.IndexOf(items, oldValue);
        return index < 0 ? throw new ArgumentException("The list holds no element equal to the one to replace.", nameof(oldValue)) : SetItem(index, newValue);
    }

    /// <summary>A copy of the list with <paramref name="value"/> added at the end (this list is not changed).</summary>
    /// <param name="value">The element to add.</param>
    /// <returns>The new list.</returns>
    public ValueList<T> Add(T value)
    {
        var copy = new T[items.Length + 1];
        items.CopyTo(copy, 0);
        copy[^1] = value;
        return new ValueList<T>(copy);
    }

    /// <summary>A copy of the list without the element at <paramref name="index"/> (this list is not changed).</summary>
    /// <param name="index">A zero-based index.</param>
    /// <returns>The new list.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not an index of the list.</exception>
    public ValueList<T> RemoveAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, items.Length);
        return Own([.. items.AsSpan(0, index), .. items.AsSpan(index + 1)]);
    }

    /// <summary>The elements as a read-only span.</summary>
    /// <returns>A span over the elements.</returns>
    public ReadOnlySpan<T> AsSpan() => items;

    /// <summary>An allocation-free enumerator for <c>foreach</c>.</summary>
    /// <returns>The enumerator.</returns>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => new ReadOnlySpan<T>(items).GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <summary>Whether both lists hold equal elements in the same order.</summary>
    /// <param name="other">The other list.</param>
    /// <returns><see langword="true"/> when the content is the same.</returns>
    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.items.Length != items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < items.Length; i++)
        {
            if (!comparer.Equals(items[i], other.items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => $"[{items.Length} item(s)]";

    /// <summary>Content equality.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns>Whether the lists are equal.</returns>
    public static bool operator ==(ValueList<T>? left, ValueList<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Content inequality.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns>Whether the lists differ.</returns>
    public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !(left == right);

    internal static ValueList<T> Own(T[] items) => items.Length == 0 ? Empty : new ValueList<T>(items);
}

/// <summary>Factory methods for <see cref="ValueList{T}"/>.</summary>
public static class ValueList
{
    /// <summary>Creates a list from a span (used by collection expressions).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, copied.</param>
    /// <returns>The list.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => ValueList<T>.Own(items.ToArray());

    /// <summary>Creates a list from any sequence.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, copied.</param>
    /// <returns>The list.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ValueList<T> From<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return ValueList<T>.Own(items.ToArray());
    }

    /// <summary>Takes ownership of an array the caller will not change again (no copy).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The list.</returns>
    internal static ValueList<T> Wrap<T>(T[] items) => ValueList<T>.Own(items);
}

/// <summary>Lets writers ask any <see cref="ValueList{T}"/> for its count without knowing T.</summary>
internal interface ICountedList
{
    int Count { get; }

    /// <summary>The element at <paramref name="index"/>, without an enumerator (the limit walk reads every list of a meeting).</summary>
    object? ItemAt(int index);
}
