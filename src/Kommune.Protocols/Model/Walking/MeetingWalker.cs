namespace Kommune.Protocols.Model;

/// <summary>Receives one text field of a meeting during <see cref="MeetingWalker.Visit"/>.</summary>
/// <param name="path">Where the field is; valid only during the call (see <see cref="TextPath"/>).</param>
/// <param name="text">The text.</param>
public delegate void TextVisitor(TextPath path, string text);

/// <summary>Replaces one text field of a meeting during <see cref="MeetingWalker.Rewrite"/>.</summary>
/// <param name="path">Where the field is; valid only during the call.</param>
/// <param name="text">The text.</param>
/// <returns>The new text (return <paramref name="text"/> itself to keep it).</returns>
public delegate string TextRewriter(TextPath path, string text);

/// <summary>
/// The one way to reach every text field of a meeting, with its path: every string of every
/// model type and the text of case and document numbers, in model order. Validation's text
/// rule, the writers' printable-text check and the loss and leak tests all use it, and a
/// reflection test proves it reaches every text-bearing member of every model type.
/// </summary>
public static class MeetingWalker
{
    /// <summary>Calls <paramref name="visitor"/> for every text field of <paramref name="meeting"/>.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="visitor">Called once per field, in model order.</param>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> or <paramref name="visitor"/> is null.</exception>
    public static void Visit(Meeting meeting, TextVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(visitor);
        new TextWalk((path, text) =>
        {
            visitor(path, text);
            return text;
        }).Meeting(meeting);
    }

    /// <summary>
    /// Returns <paramref name="meeting"/> with every text field replaced by what
    /// <paramref name="rewriter"/> returns. Parts in which nothing changed are the same instances.
    /// </summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="rewriter">Called once per field, in model order.</param>
    /// <returns>The rewritten meeting.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> or <paramref name="rewriter"/> is null.</exception>
    /// <exception cref="ArgumentException">The rewriter returned an empty text for a case or document number (they cannot be empty).</exception>
    public static Meeting Rewrite(Meeting meeting, TextRewriter rewriter)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(rewriter);
        return new TextWalk(rewriter).Meeting(meeting);
    }
}
