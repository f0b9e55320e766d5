using NodaTime;

namespace Kommune.Protocols;

/// <summary>Times of day as papers write them (<c>9.00</c>, <c>9:00</c>, <c>09:00</c>); culture-free.</summary>
internal static class TimeText
{
    public static string Format(LocalTime time, char separator, bool leadingZero) => leadingZero
        ? string.Create(null, stackalloc char[8], $"{time.Hour:00}{separator}{time.Minute:00}")
        : string.Create(null, stackalloc char[8], $"{time.Hour}{separator}{time.Minute:00}");
}
