namespace ErpCode.Core.Storage.Values;

public static class ValueKindExtensions
{
    /// <summary>The kind as words for messages: "an integer", "a decimal", "a date-time"…</summary>
    public static string Describe(this ValueKind kind) => kind switch
    {
        ValueKind.Int64 => "an integer",
        ValueKind.Decimal => "a decimal",
        ValueKind.String => "a string",
        ValueKind.Bool => "a boolean",
        ValueKind.DateTime => "a date-time",
        ValueKind.Date => "a date",
        ValueKind.Array => "an array",
        ValueKind.Document => "a document",
        _ => "null",
    };
}
