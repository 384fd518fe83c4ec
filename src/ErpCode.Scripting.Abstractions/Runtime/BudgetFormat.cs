using System.Globalization;

namespace ErpCode.Scripting.Runtime;

/// <summary>Formats budget values for exception messages: "2 s", "250 ms", "16 MiB (16,777,216 bytes)".</summary>
internal static class BudgetFormat
{
    public static string Duration(TimeSpan value) => value switch
    {
        { TotalMilliseconds: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{value.TotalMicroseconds:0.#} µs"),
        { TotalSeconds: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{value.TotalMilliseconds:0.#} ms"),
        { TotalMinutes: < 2 } => string.Create(CultureInfo.InvariantCulture, $"{value.TotalSeconds:0.###} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{value.TotalMinutes:0.##} min"),
    };

    public static string Bytes(long value)
    {
        const long MiB = 1024 * 1024;
        var exact = string.Create(CultureInfo.InvariantCulture, $"{value:N0} bytes");
        return value >= MiB
            ? string.Create(CultureInfo.InvariantCulture, $"{(double)value / MiB:0.#} MiB ({exact})")
            : exact;
    }
}
