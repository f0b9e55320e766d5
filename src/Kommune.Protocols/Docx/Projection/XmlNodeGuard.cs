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

    public void Scan(ReadOnlySpan<char> chars, int max, string part)
    {
        var i = 0;
        while (i < chars.Length)
        {
            if (state == State.Text)
            {
                // Text is the bulk of a part: jump to the next tag instead of looking at every character.
                var next = chars[i..].IndexOf('<');
                var run = next < 0 ? chars.Length - i : next;
                length += run;
                Check(max, part);
                i += run;
                if (next < 0)
                {
                    return;
                }

                state = State.Open;
                length = 1;
                i++;
                continue;
            }

            length++;
            Check(max, part);
            Step(chars[i]);
            i++;
        }
    }

    private void Step(char c)
    {
        switch (state)
        {
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
                break;
            case State.BangDash:
                state = c == '-' ? State.Comment : State.Tag;
                repeat = 0;
                break;
            case State.Tag:
                Tag(c);
                break;
            case State.Comment:
                EndAfter(c, '-', 2);
                break;
            case State.CData:
                EndAfter(c, ']', 2);
                break;
            case State.Instruction:
                EndAfter(c, '?', 1);
                break;
        }
    }

    // Inside a tag only an unquoted '>' ends it: attribute values may hold '>' freely.
    private void Tag(char c)
    {
        if (quote != '\0')
        {
            if (c == quote)
            {
                quote = '\0';
            }
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

    // Comments end at "-->", CDATA at "]]>", instructions at "?>": '>' after enough of the mark.
    private void EndAfter(char c, char mark, int needed)
    {
        if (c == '>' && repeat >= needed)
        {
            ToText();
        }
        else
        {
            repeat = c == mark ? repeat + 1 : 0;
        }
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
