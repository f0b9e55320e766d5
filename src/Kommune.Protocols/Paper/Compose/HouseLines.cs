using System.Globalization;
using Kommune.Protocols.Paper.Blocks;
using NodaTime;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>
/// The house style's own lines (<see cref="HouseStyle.FrontLines"/>, <see cref="HouseStyle.EndLines"/>):
/// filled with what the meeting has; a line naming something it lacks is left out, never printed
/// with a bare placeholder.
/// </summary>
internal static class HouseLines
{
    public static void Compose(ComposeContext context, IReadOnlyList<string> lines, List<PaperBlock> into)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var arguments = Arguments(context);
        foreach (var line in lines)
        {
            if (Words.Line(line, arguments) is { Length: > 0 } text)
            {
                into.Add(ComposeContext.Text(text));
            }
        }
    }

    /// <summary>What a house line may name; only what the meeting has, so a line that needs more is left out.</summary>
    public static (string Name, string Value)[] Arguments(ComposeContext context)
    {
        var meeting = context.Meeting;
        var words = context.Words;
        var arguments = new List<(string, string)>(DateText.Arguments(meeting.Date, k => words[k]))
        {
            ("municipality", meeting.Municipality),
            ("body", meeting.Body.Name),
            ("paper", context.PaperName),
            ("items", meeting.Items.Count.ToString(CultureInfo.InvariantCulture)),
        };
        if (FrontMatter.KindWord(context) is { Length: > 0 } kind)
        {
            arguments.Add(("kind", kind));
        }

        if (meeting.Location is { } location)
        {
            arguments.Add(("location", location));
        }

        Time(words, "start", meeting.Start, arguments);
        Time(words, "end", meeting.End, arguments);
        var numbered = meeting.Items.Where(i => i.Number is not null).ToList();
        if (numbered.Count > 0)
        {
            arguments.Add(("firstItem", numbered[0].Number!.ToString()));
            arguments.Add(("lastItem", numbered[^1].Number!.ToString()));
        }

        return [.. arguments];
    }

    private static void Time(Words words, string name, LocalTime? time, List<(string, string)> into)
    {
        if (time is not { } t)
        {
            return;
        }

        into.Add((name, words.Time(t)));
        into.Add((name + "Hour", t.Hour.ToString(CultureInfo.InvariantCulture)));
        into.Add((name + "Minute", t.Minute.ToString("00", CultureInfo.InvariantCulture)));
    }
}
