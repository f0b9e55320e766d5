using System.Diagnostics;
using System.Text;
using Kommune.Protocols.Json;
using Kommune.Protocols.Samples;

namespace Kommune.Protocols.Tests.Reliability;

/// <summary>
/// Random mutations of valid meeting JSON (fixed seed, so a failure reproduces): every input
/// is either read into a meeting that writes and reads back equal, or refused with
/// <see cref="MeetingJsonException"/>. Nothing else may escape, and nothing may hang.
/// </summary>
public class JsonFuzzTests
{
    public const int Cases = 4000;

    private static readonly byte[][] Tokens =
    [
        "null"u8.ToArray(), "true"u8.ToArray(), "0"u8.ToArray(), "-1"u8.ToArray(), "1e309"u8.ToArray(), "\"\""u8.ToArray(),
        "{}"u8.ToArray(), "[]"u8.ToArray(), "\"x\""u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(), "\"\\u0000\""u8.ToArray(),
        "\"\\ud800\""u8.ToArray(), [0xFF], [0xC3], "\"closed\""u8.ToArray(), "\"1.a\""u8.ToArray(), "\"PT-5M\""u8.ToArray(),
        "\"25:00\""u8.ToArray(), "\"2025-02-30\""u8.ToArray(), "99999999999999999999"u8.ToArray(),
    ];

    [Fact]
    public void Mutated_json_is_read_or_refused_clearly()
    {
        var sources = new[] { MeetingJson.SerializeToUtf8Bytes(SeedMeeting.Build()), MeetingJson.SerializeToUtf8Bytes(MeetingGenerator.Generate(4, 11), new MeetingJsonWriteOptions { Indented = false }) };
        var random = new Random(20250305);
        var clock = Stopwatch.StartNew();
        var (read, refused) = (0, 0);

        for (var i = 0; i < Cases; i++)
        {
            var input = Mutate(sources[i % sources.Length], random);
            try
            {
                var meeting = MeetingJson.Deserialize(input);
                Assert.Equal(meeting, MeetingJson.Deserialize(MeetingJson.SerializeToUtf8Bytes(meeting)));
                read++;
            }
            catch (MeetingJsonException error)
            {
                Assert.StartsWith("Invalid meeting JSON", error.Message, StringComparison.Ordinal);
                refused++;
            }
            catch (Exception other)
            {
                Assert.Fail($"case {i}: {other.GetType().Name}: {other.Message}\ninput: {Encoding.UTF8.GetString(input)[..Math.Min(input.Length, 400)]}");
            }
        }

        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"fuzzing took {clock.Elapsed}");
        Assert.True(refused > Cases / 2, $"only {refused} of {Cases} mutations were refused");
        Assert.True(read > 0, "no mutation was readable; the mutations are too coarse to test acceptance");
    }

    private static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = new List<byte>(source);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes.RemoveAt(at);
                    break;
                case 1:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4:
                    var length = Math.Min(random.Next(1, 200), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                default:
                    // Swap a string value for another; often still valid JSON, so the reader's
                    // checks beyond syntax get exercised.
                    var quote = bytes.IndexOf((byte)'"', at);
                    if (quote >= 0)
                    {
                        bytes.InsertRange(quote + 1, "x"u8.ToArray());
                    }

                    break;
            }
        }

        return [.. bytes];
    }
}
