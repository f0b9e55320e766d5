using Kommune.Protocols.Model;

namespace Kommune.Protocols.Paper.Compose;

/// <summary>Refuses, before a byte is written, text that no document can carry; the walker reaches every field.</summary>
internal static class PrintableText
{
    /// <exception cref="PaperTextException">The first field (in model order) that holds such a character.</exception>
    public static void Ensure(Meeting meeting, HouseStyle style)
    {
        MeetingWalker.Visit(meeting, static (path, text) =>
        {
            var at = TextCharacters.FirstUnprintable(text);
            if (at >= 0)
            {
                throw new PaperTextException(path.ToString(), at, text[at]);
            }
        });

        foreach (var (key, template) in style.Labels)
        {
            var at = TextCharacters.FirstUnprintable(template);
            if (at >= 0)
            {
                throw new PaperTextException($"style.labels.{key}", at, template[at]);
            }
        }
    }
}
