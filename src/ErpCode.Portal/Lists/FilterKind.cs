namespace ErpCode.Portal.Lists;

/// <summary>How a list column is filtered, which decides the filter input shown and how its text is read.</summary>
public enum FilterKind
{
    /// <summary>The column cannot be filtered (lists of values, long text).</summary>
    None,

    /// <summary>Text the value contains, case ignored.</summary>
    Text,

    /// <summary>A number, optionally after <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> or <c>=</c>.</summary>
    Number,

    /// <summary>A date (<c>yyyy-MM-dd</c>), optionally after a comparison operator.</summary>
    Date,

    /// <summary>An instant: a date (the whole day, UTC) or a date and time, optionally after a comparison operator.</summary>
    DateTime,

    /// <summary>One of <see cref="ListColumn.Choices"/>.</summary>
    Choice,
}
