using NodaTime;

namespace Kommune.Protocols.Import;

/// <summary>A date read from the source, with its time when the source gave one.</summary>
/// <param name="Date">The date (Danish local).</param>
/// <param name="Time">The time of day (Danish local), when given.</param>
/// <param name="FromInstant">Whether the source wrote a UTC or offset instant that was converted to Danish local time.</param>
internal readonly record struct DateTimeValue(LocalDate Date, LocalTime? Time, bool FromInstant);
