using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Kommune.Protocols.Editions;
using Kommune.Protocols.Paper;

namespace Kommune.Protocols.Settings;

/// <summary>
/// Reads and writes the settings a municipality keeps as files: its <see cref="HouseStyle"/> and
/// its <see cref="PublicationPolicy"/>, as JSON with camelCase names and enum values as text
/// (<c>{"itemPerPage": true, "timeStyle": "colon", "labels": {"itemHeading": "Nr. {number} - {title}"}}</c>).
/// Members left out keep their defaults; unknown members are refused. Thread-safe.
/// </summary>
public static class SettingsJson
{
    private const int MaxBytes = 1024 * 1024;

    /// <summary>Reads a house style.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The style.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="SettingsJsonException">The text is not a valid house style; the message says where and what.</exception>
    public static HouseStyle ReadHouseStyle(string json) => ReadWithDefaults(json, SettingsJsonContext.Default.HouseStyle, HouseStyle.Default);

    /// <summary>Reads a publication policy.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="SettingsJsonException">The text is not a valid policy; the message says where and what.</exception>
    public static PublicationPolicy ReadPublicationPolicy(string json) => ReadWithDefaults(json, SettingsJsonContext.Default.PublicationPolicy, PublicationPolicy.Default);

    /// <summary>Reads a house style from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The style.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="SettingsJsonException">The file is not a valid house style.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static HouseStyle ReadHouseStyleFile(string path) => ReadHouseStyle(ReadFile(path));

    /// <summary>Reads a publication policy from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The policy.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="SettingsJsonException">The file is not a valid policy.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PublicationPolicy ReadPublicationPolicyFile(string path) => ReadPublicationPolicy(ReadFile(path));

    /// <summary>Writes a house style as indented JSON.</summary>
    /// <param name="style">The style.</param>
    /// <returns>The JSON text.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="style"/> is null.</exception>
    public static string Write(HouseStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return JsonSerializer.Serialize(style, SettingsJsonContext.Default.HouseStyle).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Writes a publication policy as indented JSON.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The JSON text.</returns>
    /// <remarks>Thread-safe: holds no state, so calls may run at once.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static string Write(PublicationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return JsonSerializer.Serialize(policy, SettingsJsonContext.Default.PublicationPolicy).ReplaceLineEndings("\n") + "\n";
    }

    private static string ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (info.Exists && info.Length > MaxBytes)
        {
            throw new SettingsJsonException($"{path} is larger than {MaxBytes} bytes; a settings file is a few kilobytes.");
        }

        return File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
    }

    /// <summary>
    /// The generated reader sets every init-only member, with null, false or zero for one the file
    /// leaves out, so a default of true (<c>partyAfterName</c>) was lost. The file is read once as
    /// written (so an error names its own line), then laid over the defaults' members and read again.
    /// </summary>
    private static T ReadWithDefaults<T>(string json, JsonTypeInfo<T> info, T defaults)
        where T : class
    {
        Read(json, info);
        var merged = (JsonObject)JsonNode.Parse(JsonSerializer.Serialize(defaults, info))!;
        var file = (JsonObject)JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        foreach (var (name, value) in file.ToList())
        {
            file.Remove(name);
            merged[name] = value;
        }

        return Read(merged.ToJsonString(), info);
    }

    private static T Read<T>(string json, JsonTypeInfo<T> info)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxBytes)
        {
            throw new SettingsJsonException($"the text is larger than {MaxBytes} characters; a settings file is a few kilobytes.");
        }

        try
        {
            return JsonSerializer.Deserialize(json, info) ?? throw new SettingsJsonException("expected an object but found null.", "$", 1, null);
        }
        catch (JsonException error)
        {
            var reason = error.Message;
            var at = reason.IndexOf(" Path: ", StringComparison.Ordinal);
            throw new SettingsJsonException(at > 0 ? reason[..at] : reason, error.Path ?? "$", error.LineNumber + 1, error);
        }
        catch (Exception error) when (error is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new SettingsJsonException(error.Message, "$", null, error);
        }
    }
}
