using System.Runtime.CompilerServices;

namespace Kommune.Protocols.Docx.Projection;

/// <summary>
/// Follows the characters of a part just far enough to know where each piece of XML (a tag
/// with its attributes, a run of text, a comment, a CDATA section, a processing instruction)
/// starts and ends, and refuses one longer than <see cref="DocxProjectionOptions.MaxNodeLength"/>.
/// XmlReader holds a whole tag, attribute value or comment in memory at once, so without this a
/// 1 GB attribute value in a 1 MB zip would cost gigabytes before any other limit could see it.
/// It runs ahead of XmlReader on the same characters; malformed XML it lets through is then
/// refused by XmlReader itself, never later than one piece's length.
/// </summary>
internal struct XmlNodeGuard
{
    private State state;
    private char quote;
    private int repeat;
    private long length;

    private enum State : byte
    {
        Text,
        Open,
        Bang,
        BangDash,
        Tag,
        Comment,
        CData,
        Instruction,
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Scan(ReadOnlySpan<char> chars, int max, string part)
    {
        while (!chars.IsEmpty)
        {
            // Jump to the next character that can change the state: text, attribute values and
            // comments may be long and are skipped at the speed of IndexOf; the few characters of
            // a tag name between them are looked at one by one, which is faster for so few.
            var at = state switch
            {
                State.Text => chars.IndexOf('<'),
                State.Tag when quote != '\0' => chars.IndexOf(quote),
                State.Tag => NextInTag(chars),
                State.Comment or State.CData or State.Instruction => chars.IndexOf('>'),
                _ => 0,
            };
            var skipped = at < 0 ? chars.Length : at;
            length += skipped;
            Check(max, part);
            if (state is State.Comment or State.CData or State.Instruction)
            {
                CountMarks(chars[..skipped]);
            }

            if (at < 0)
            {
                return;
            }

            length++;
            Check(max, part);
            Step(chars[at]);
            chars = chars[(at + 1)..];
        }
    }

    private void Step(char c)
    {
        switch (state)
        {
            case State.Text:
                state = State.Open;
                length = 1;
                break;
            case State.Open:
                state = c switch { '!' => State.Bang, '?' => State.Instruction, _ => State.Tag };
                repeat = 0;
                if (state == State.Tag)
                {
                    Tag(c);
                }

                break;
            case State.Bang:
                state = c switch { '-' => State.BangDash, '[' => State.CData, _ => State.Tag };
                repeat = 0;
                break;
            case State.BangDash:
                state = c == '-' ? State.Comment : State.Tag;
                repeat = 0;
                break;
            case State.Tag:
                Tag(c);
                break;
            default:
                // A '>' in a comment, CDATA section or instruction: the end if enough of the
                // closing mark ("--", "]]", "?") came right before it.
                if (repeat >= (state == State.Instruction ? 1 : 2))
                {
                    ToText();
                }
                else
                {
                    repeat = 0;
                }

                break;
        }
    }

    private static int NextInTag(ReadOnlySpan<char> chars)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '>' or '"' or '\'')
            {
                return i;
            }
        }

        return -1;
    }

    // Inside a tag only an unquoted '>' ends it: attribute values may hold '>' freely.
    private void Tag(char c)
    {
        if (quote != '\0')
        {
            quote = c == quote ? '\0' : quote;
        }
        else if (c is '"' or '\'')
        {
            quote = c;
        }
        else if (c == '>')
        {
            ToText();
        }
    }

    // How many of the closing mark's characters end what was just skipped (at most 2 matter).
    private void CountMarks(ReadOnlySpan<char> skipped)
    {
        var mark = state switch { State.Comment => '-', State.CData => ']', _ => '?' };
        var trailing = 0;
        for (var i = skipped.Length - 1; i >= 0 && skipped[i] == mark && trailing < 2; i--)
        {
            trailing++;
        }

        repeat = trailing == skipped.Length ? Math.Min(repeat + trailing, 2) : trailing;
    }

    private void ToText()
    {
        state = State.Text;
        quote = '\0';
        repeat = 0;
        length = 0;
    }

    private readonly void Check(int max, string part)
    {
        if (length > max)
        {
            throw Refusal.Limit(nameof(DocxProjectionOptions.MaxNodeLength), max, "a single piece of XML (a tag with its attributes, a text, a comment or an instruction)", part);
        }
    }
}
