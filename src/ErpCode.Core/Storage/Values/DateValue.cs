using System.Globalization;

namespace ErpCode.Core.Storage.Values;

/// <summary>A calendar date without time or zone, such as an invoice date.</summary>
public sealed class DateValue(DateOnly value) : DocValue
{
    public DateOnly Value { get; } = value;

    public override ValueKind Kind => ValueKind.Date;

    public override bool Equals(DocValue? other) => other is DateValue d && d.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>ISO 8601, e.g. <c>2024-03-01</c>.</summary>
    public override string ToString() => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
