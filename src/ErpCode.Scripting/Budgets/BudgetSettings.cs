using System.Globalization;
using System.Numerics;
using ErpCode.Scripting.Runtime;

namespace ErpCode.Scripting.Budgets;

/// <summary>Reads and range-checks the values of a <see cref="ComponentBudgetOptions"/> entry, in the style of Jint's <c>UntrustedCodeLimits</c>.</summary>
internal static class BudgetSettings
{
    public static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(1);
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(1);
    public const long MinAllocatedBytes = 64 * 1024;
    public const long MaxAllocatedBytes = 64L * 1024 * 1024 * 1024;
    public const int MinRecursionDepth = 1;
    public const int MaxRecursionDepth = 100_000;

    /// <summary>The limits of <paramref name="entry"/>, or <c>null</c> with one message per bad value (each naming its key under <paramref name="key"/>) added to <paramref name="errors"/>.</summary>
    public static ScriptLimits? TryCreateLimits(ComponentBudgetOptions? entry, string key, ICollection<string> errors)
    {
        if (entry is null)
        {
            errors.Add($"{key} is missing.");
            return null;
        }

        var count = errors.Count;
        var timeout = Parse(entry.Timeout, $"{key}:{nameof(entry.Timeout)}", errors, ParseTimeout, MinTimeout, MaxTimeout, "a time");
        var bytes = Parse(entry.MaxAllocatedBytes, $"{key}:{nameof(entry.MaxAllocatedBytes)}", errors, ParseInteger<long>, MinAllocatedBytes, MaxAllocatedBytes, "a number of bytes");
        var depth = Parse(entry.MaxRecursionDepth, $"{key}:{nameof(entry.MaxRecursionDepth)}", errors, ParseInteger<int>, MinRecursionDepth, MaxRecursionDepth, "a number of calls");
        return errors.Count == count ? new ScriptLimits(timeout!, bytes!, depth!) : null;
    }

    private static Limit<T>? Parse<T>(string? text, string key, ICollection<string> errors, Func<string, T?> parse, T min, T max, string what)
        where T : struct, IComparable<T>, IFormattable
    {
        var range = $"use {what} from {Format(min)} to {Format(max)}, or {ComponentBudgetOptions.Unlimited}";
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add($"{key} is empty; {range}.");
            return null;
        }

        if (string.Equals(text.Trim(), ComponentBudgetOptions.Unlimited, StringComparison.OrdinalIgnoreCase))
        {
            return Limit<T>.Unlimited;
        }

        if (parse(text.Trim()) is not { } value)
        {
            errors.Add($"{key} '{text}' is not {what}; {range}.");
            return null;
        }

        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
        {
            errors.Add($"{key} '{text}' is out of range; {range}.");
            return null;
        }

        return Limit<T>.Of(value);
    }

    private static TimeSpan? ParseTimeout(string text) =>
        TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static T? ParseInteger<T>(string text)
        where T : struct, IBinaryInteger<T> =>
        T.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Format<T>(T value)
        where T : IFormattable => value switch
        {
            TimeSpan { Milliseconds: 0 } time => time.ToString("c", CultureInfo.InvariantCulture),
            TimeSpan time => time.ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture),
            _ => value.ToString("N0", CultureInfo.InvariantCulture),
        };
}
