using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Kommune.Protocols.Benchmarks.Baselines;

/// <summary>The one contract the benchmarks and the check read and write the DTOs with.</summary>
public static class DtoJson
{
    // The relaxed encoder is what ours uses (Danish letters written as they are); a source
    // generation attribute cannot set an encoder, so it is set on a copy of the context's options.
    private static readonly JsonSerializerOptions Options = new(DtoContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The contract of the root DTO.</summary>
    public static JsonTypeInfo<MeetingDto> Meeting { get; } = (JsonTypeInfo<MeetingDto>)Options.GetTypeInfo(typeof(MeetingDto));
}
