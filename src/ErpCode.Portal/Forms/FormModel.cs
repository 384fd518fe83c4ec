using ErpCode.Core.Documents;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Portal.Forms;

/// <summary>
/// The user's input on a form: one <see cref="FieldInput"/> per property and the rows of each grid. It turns into the
/// document the service receives: on creation only what was filled in (so the type's defaults apply), on an update
/// every property the user may give, an emptied one as null, and each grid as its whole list of lines.
/// </summary>
public sealed class FormModel
{
    private FormModel(FormSchema schema, BusinessDocument? document)
    {
        Schema = schema;
        Document = document;
        Fields = schema.Fields.ToDictionary(
            f => f.Name,
            f => FieldInput.From(f, document is null ? f.Default : document[f.Name]),
            StringComparer.Ordinal);
        Grids = schema.Grids.ToDictionary(
            g => g.Property,
            g => (document?[g.Property] as ArrayValue)?.Items.OfType<DocumentValue>().Select(line => new GridRow(g, line)).ToList() ?? [],
            StringComparer.Ordinal);
    }

    public FormSchema Schema { get; }

    /// <summary>The document as last read or saved; null on the form of a new document.</summary>
    public BusinessDocument? Document { get; }

    public bool IsNew => Document is null;

    public Dictionary<string, FieldInput> Fields { get; }

    public Dictionary<string, List<GridRow>> Grids { get; }

    public static FormModel New(FormSchema schema) => new(schema, null);

    public static FormModel Of(FormSchema schema, BusinessDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(schema, document);
    }

    public DocumentValue ToInput()
    {
        var fields = new List<KeyValuePair<string, DocValue>>();
        foreach (var field in Schema.Fields.Where(f => !f.ReadOnly))
        {
            var value = Fields[field.Name].ToValue(field);
            if (value is not null)
            {
                fields.Add(new(field.Name, value));
            }
            else if (!IsNew)
            {
                fields.Add(new(field.Name, DocValue.Null));
            }
        }

        foreach (var grid in Schema.Grids)
        {
            fields.Add(new(grid.Property, new ArrayValue(Grids[grid.Property].Select(row => (DocValue)row.ToValue(grid)))));
        }

        return DocumentValue.Create(fields);
    }
}
