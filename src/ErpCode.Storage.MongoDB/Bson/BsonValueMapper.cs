using System.Globalization;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Values;
using MongoDB.Bson;

namespace ErpCode.Storage.MongoDB.Bson;

/// <summary>
/// The one mapping between the store's typed values and BSON. Integers are Int64, decimals Decimal128 (exact,
/// scale kept), date-times UTC milliseconds, and a calendar date the sub-document <c>{ "_date": "yyyy-MM-dd" }</c>.
/// Reading also accepts Int32 (as an integer) and Double (as the decimal of its shortest round-trip text); any
/// other BSON type is not something this store wrote and raises <see cref="StoreCorruptException"/>.
/// </summary>
internal static class BsonValueMapper
{
    public static BsonValue ToBson(DocValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            NullValue => BsonNull.Value,
            BoolValue b => BsonBoolean.Create(b.Value),
            Int64Value i => new BsonInt64(i.Value),
            DecimalValue d => new BsonDecimal128(new Decimal128(d.Value)),
            StringValue s => new BsonString(s.Value),
            DateTimeValue dt => new BsonDateTime(dt.Value),
            DateValue date => new BsonDocument(BsonFieldNames.DateTag, date.Value.ToString(BsonFieldNames.DateFormat, CultureInfo.InvariantCulture)),
            ArrayValue array => new BsonArray(array.Items.Select(ToBson)),
            DocumentValue document => ToBsonDocument(document),
            _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Unknown value kind."),
        };
    }

    /// <summary>The body's properties, in order, as a BSON document.</summary>
    public static BsonDocument ToBsonDocument(DocumentValue body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var document = new BsonDocument();
        foreach (var (name, value) in body)
        {
            document.Add(name, ToBson(value));
        }

        return document;
    }

    /// <summary>Reads a value; <paramref name="path"/> names it in the error when the BSON is not one the store writes.</summary>
    public static DocValue FromBson(BsonValue value, BsonReadContext context, string path)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(context);
        switch (value.BsonType)
        {
            case BsonType.Null:
                return NullValue.Instance;
            case BsonType.Boolean:
                return BoolValue.Of(value.AsBoolean);
            case BsonType.Int64:
                return new Int64Value(value.AsInt64);
            case BsonType.Int32:
                return new Int64Value(value.AsInt32);
            case BsonType.Decimal128:
                return ReadDecimal128(value.AsDecimal128, context, path);
            case BsonType.Double:
                return ReadDouble(value.AsDouble, context, path);
            case BsonType.String:
                return new StringValue(value.AsString);
            case BsonType.DateTime:
                var dateTime = value.AsBsonDateTime;
                return dateTime.IsValidDateTime
                    ? new DateTimeValue(dateTime.ToUniversalTime())
                    : throw Corrupt(context, path, $"the date-time {dateTime.MillisecondsSinceEpoch} ms is outside the range .NET can hold");
            case BsonType.Array:
                var array = value.AsBsonArray;
                var items = new DocValue[array.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = FromBson(array[i], context, $"{path}[{i}]");
                }

                return new ArrayValue(items);
            case BsonType.Document:
                return ReadDocument(value.AsBsonDocument, context, path);
            default:
                throw Corrupt(context, path, $"it holds the BSON type {value.BsonType}, which this store never writes");
        }
    }

    /// <summary>Reads a nested document or a tagged date.</summary>
    public static DocValue ReadDocument(BsonDocument document, BsonReadContext context, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.ElementCount == 1 && document.GetElement(0) is { Name: BsonFieldNames.DateTag } tag)
        {
            return ReadDate(tag.Value, context, path);
        }

        var fields = new List<KeyValuePair<string, DocValue>>(document.ElementCount);
        foreach (var element in document)
        {
            var inner = path.Length == 0 ? element.Name : path + "." + element.Name;
            if (FieldName.Check(element.Name) is { } problem)
            {
                throw Corrupt(context, inner, $"the property name is not one the store writes ({problem})");
            }

            fields.Add(new KeyValuePair<string, DocValue>(element.Name, FromBson(element.Value, context, inner)));
        }

        return CreateDocument(fields, context, path);
    }

    /// <summary>Builds a document from properties already read, reporting a repeated name as damage.</summary>
    public static DocumentValue CreateDocument(List<KeyValuePair<string, DocValue>> fields, BsonReadContext context, string path)
    {
        ArgumentNullException.ThrowIfNull(fields);
        try
        {
            return DocumentValue.Create(fields);
        }
        catch (InvalidDocumentException ex)
        {
            throw Corrupt(context, path.Length == 0 ? ex.Path : path + "." + ex.Path, "the property appears twice", ex);
        }
    }

    public static StoreCorruptException Corrupt(BsonReadContext context, string path, string reason, Exception? innerException = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var where = context.DocumentId is null
            ? $"collection '{context.Collection}'"
            : $"document '{context.DocumentId}' of collection '{context.Collection}'";
        var field = path.Length == 0 ? string.Empty : $", property '{path}'";
        return new StoreCorruptException(context.Store, $"{where}{field}: {reason}", innerException);
    }

    private static DateValue ReadDate(BsonValue tag, BsonReadContext context, string path)
    {
        if (tag.BsonType == BsonType.String
            && DateOnly.TryParseExact(tag.AsString, BsonFieldNames.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateValue(date);
        }

        throw Corrupt(context, path, $"a date must hold a \"{BsonFieldNames.DateTag}\" string such as \"2024-03-01\"");
    }

    private static DecimalValue ReadDecimal128(Decimal128 value, BsonReadContext context, string path)
    {
        if (Decimal128.IsNaN(value) || Decimal128.IsInfinity(value))
        {
            throw Corrupt(context, path, $"the decimal {value} is not a number the store can hold");
        }

        try
        {
            return new DecimalValue(Decimal128.ToDecimal(value));
        }
        catch (OverflowException ex)
        {
            throw Corrupt(context, path, $"the decimal {value} is outside the range of a .NET decimal", ex);
        }
    }

    private static DecimalValue ReadDouble(double value, BsonReadContext context, string path)
    {
        // The store never writes doubles; one written by another client is read exactly as the number its text shows.
        if (!double.IsFinite(value))
        {
            throw Corrupt(context, path, $"the double {value.ToString(CultureInfo.InvariantCulture)} is not a finite number");
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            ? new DecimalValue(exact)
            : throw Corrupt(context, path, $"the double {text} is outside the range of a .NET decimal");
    }
}
