using System.Text.RegularExpressions;
using Kommune.Protocols.Json;
using Kommune.Protocols.Model;

namespace Kommune.Protocols.Tests.Support;

/// <summary>
/// Generated meetings made printable: every control character XML cannot carry becomes
/// <c>?</c> (through the JSON, where each is a <c>\u00XX</c> escape), so DOCX property tests
/// run on every generated meeting instead of discarding most of them.
/// </summary>
public static partial class XmlSafe
{
    public static Meeting Clean(Meeting meeting)
    {
        var json = MeetingJson.Serialize(meeting);
        return MeetingJson.Deserialize(ControlEscape().Replace(json, "$1?"));
    }

    // An escape preceded by an even number of backslashes (so not the literal text "\u0001").
    [GeneratedRegex(@"(?<!\\)((?:\\\\)*)\\u00(?:0[0-8BbCcEeFf]|1[0-9A-Fa-f])")]
    private static partial Regex ControlEscape();
}
