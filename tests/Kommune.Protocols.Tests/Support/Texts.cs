using Kommune.Protocols.Model;

namespace Kommune.Protocols.Tests.Support;

/// <summary>Every text field of a meeting with its path, through the model's own walker.</summary>
public static class Texts
{
    public static List<(string Path, string Text)> Of(Meeting meeting)
    {
        var fields = new List<(string, string)>();
        MeetingWalker.Visit(meeting, (path, text) => fields.Add((path.ToString(), text)));
        return fields;
    }
}
