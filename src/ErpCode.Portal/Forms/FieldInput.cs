using System.Globalization;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Portal.Forms;

/// <summary>
/// What the user has typed or chosen for one field, kept as they wrote it (text, a flag, a currency) so that a refused
/// save loses nothing; the service coerces the text and names what it cannot read.
/// </summary>
public sealed class FieldInput
{
    public string Text { get; set; } = string.Empty;

    public bool Flag { get; set; }

    /// <summary>The currency of a Money field.</summary>
    public string Currency { get; set; } = string.Empty;

    public static FieldInput From(FieldSchema field, DocValue? value)
    {
        ArgumentNullException.ThrowIfNull(field);
        var input = new FieldInput();
        switch (value)
        {
            case null or NullValue:
                break;
            case BoolValue flag:
                input.Flag = flag.Value;
                break;
            case DocumentValue money when field.Type == PropertyType.Money:
                input.Text = money.TryGet("Amount", out var amount) ? Edit(amount) : string.Empty;
                input.Currency = money.TryGet("Currency", out var currency) ? Edit(currency) : string.Empty;
                break;
            case ArrayValue items:
                input.Text = string.Join(Environment.NewLine, items.Items.Select(Edit));
                break;
            default:
                input.Text = Edit(value);
                break;
        }

        return input;
    }

    /// <summary>The value to send, or null when the field is left empty.</summary>
    public DocValue? ToValue(FieldSchema field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Type == PropertyType.Bool && !field.List)
        {
            return Flag;
        }

        if (field.Type == PropertyType.Money)
        {
            return string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(Currency)
                ? null
                : DocumentValue.Create(("Amount", Text.Trim()), ("Currency", Currency.Trim().ToUpperInvariant()));
        }

        if (field.List)
        {
            var items = Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return items.Length == 0 ? null : new ArrayValue(items.Select(i => field.Type == PropertyType.Bool ? (DocValue)(i.Equals("true", StringComparison.OrdinalIgnoreCase) || i == "1") : i));
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            return null;
        }

        // Numbers, dates and ids are sent without the spaces around them; free text exactly as typed.
        return field.Type is PropertyType.String or PropertyType.Text ? Text : Text.Trim();
    }

    /// <summary>A stored value as the user edits it: invariant numbers, ISO dates and instants.</summary>
    private static string Edit(DocValue value) => value switch
    {
        StringValue s => s.Value,
        Int64Value l => l.Value.ToString(CultureInfo.InvariantCulture),
        DecimalValue d => d.Value.ToString(CultureInfo.InvariantCulture),
        DateValue d => d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeValue t => t.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture),
        BoolValue b => b.Value ? "true" : "false",
        _ => value.ToString() ?? string.Empty,
    };
}
