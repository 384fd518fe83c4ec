using System.Globalization;

namespace ErpCode.Core.Storage.Values;

/// <summary>
/// An instant in UTC with millisecond precision, the precision MongoDB stores. Local times are converted to UTC;
/// a <see cref="DateTimeKind.Unspecified"/> time is refused because its instant is unknown.
/// </summary>
public sealed class DateTimeValue : DocValue
{
    public DateTimeValue(DateTime value)
    {
        if (value.Kind == DateTimeKind.Unspecified)
        {
            throw new ArgumentException($"The time {value:O} has no time zone (DateTimeKind.Unspecified); give it in UTC or as a DateTimeOffset.", nameof(value));
        }

        var utc = value.ToUniversalTime();
        Value = new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }

    public DateTimeValue(DateTimeOffset value)
        : this(value.UtcDateTime)
    {
    }

    /// <summary>The instant, in UTC, truncated to whole milliseconds.</summary>
    public DateTime Value { get; }

    public override ValueKind Kind => ValueKind.DateTime;

    public override bool Equals(DocValue? other) => other is DateTimeValue d && d.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>ISO 8601 in UTC with milliseconds, e.g. <c>2024-03-01T09:30:00.000Z</c>.</summary>
    public override string ToString() => Value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
