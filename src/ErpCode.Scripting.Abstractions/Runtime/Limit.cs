namespace ErpCode.Scripting.Runtime;

/// <summary>
/// One budget limit: a positive value, or <see cref="Unlimited"/>. There is no magic zero: zero and negative values are
/// rejected, and "no limit" is always spelled out as <see cref="Unlimited"/>.
/// </summary>
internal sealed record Limit<T>
    where T : struct, IComparable<T>
{
    private readonly T _value;

    private Limit(T value, bool isUnlimited)
    {
        _value = value;
        IsUnlimited = isUnlimited;
    }

    /// <summary>No limit at all.</summary>
    public static Limit<T> Unlimited { get; } = new(default, isUnlimited: true);

    public bool IsUnlimited { get; }

    /// <summary>The limit; throws <see cref="InvalidOperationException"/> when <see cref="IsUnlimited"/>.</summary>
    public T Value => IsUnlimited ? throw new InvalidOperationException("An unlimited budget has no value.") : _value;

    /// <summary>A limit of <paramref name="value"/>, which must be positive.</summary>
    public static Limit<T> Of(T value)
    {
        if (value.CompareTo(default) <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A limit must be positive; use Limit<T>.Unlimited for no limit.");
        }

        return new Limit<T>(value, isUnlimited: false);
    }

    public override string ToString() => IsUnlimited ? "Unlimited" : _value.ToString() ?? string.Empty;
}
