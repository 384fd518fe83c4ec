namespace ErpCode.Core.Types.Definitions;

/// <summary>The kinds of value a property holds. Each maps to exactly one stored value kind; money never passes through <see cref="double"/>.</summary>
public enum PropertyType
{
    /// <summary>One line of text (no line breaks).</summary>
    String,

    /// <summary>Free text over several lines.</summary>
    Text,

    /// <summary>A 64-bit whole number.</summary>
    Int,

    /// <summary>An exact decimal number.</summary>
    Decimal,

    /// <summary>An amount and a currency: <c>{ Amount: decimal, Currency: "EUR" }</c> (ISO 4217 code).</summary>
    Money,

    Bool,

    /// <summary>A calendar date without time.</summary>
    Date,

    /// <summary>An instant, kept in UTC at millisecond precision.</summary>
    DateTime,

    /// <summary>One of the property's <see cref="PropertyDefinition.Values"/>.</summary>
    Enum,

    /// <summary>A path in the category tree named by <see cref="PropertyDefinition.Category"/>, such as <c>europe/france</c>.</summary>
    Category,

    /// <summary>The id of a document of the portal type named by <see cref="PropertyDefinition.Target"/>.</summary>
    Reference,
}
