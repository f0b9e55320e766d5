using NodaTime;

namespace Kommune.Protocols.Paper;

/// <summary>Times of day as the house style writes them; culture-free.</summary>
internal static class TimeText
{
    public static string Format(LocalTime time, TimeStyle style) => style switch
    {
        TimeStyle.Colon => string.Create(null, stackalloc char[8], $"{time.Hour}:{time.Minute:00}"),
        TimeStyle.Iso => string.Create(null, stackalloc char[8], $"{time.Hour:00}:{time.Minute:00}"),
        _ => string.Create(null, stackalloc char[8], $"{time.Hour}.{time.Minute:00}"),
    };
}
