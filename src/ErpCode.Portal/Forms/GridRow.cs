using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;

namespace ErpCode.Portal.Forms;

/// <summary>One child line in a grid: its id once saved (the service keeps it), the user's input per column and the values as last saved (computed ones are shown from there).</summary>
public sealed class GridRow
{
    public GridRow(GridSchema grid, DocumentValue? saved)
    {
        ArgumentNullException.ThrowIfNull(grid);
        Saved = saved;
        Id = saved is not null && saved.TryGet(SystemProperties.Id, out var id) && id is StringValue s ? s.Value : null;
        Cells = grid.Columns.ToDictionary(c => c.Name, c => FieldInput.From(c, saved is null ? c.Default : saved.TryGet(c.Name, out var v) ? v : null), StringComparer.Ordinal);
    }

    /// <summary>The line's id; null for a line added since the document was opened.</summary>
    public string? Id { get; }

    public DocumentValue? Saved { get; }

    public Dictionary<string, FieldInput> Cells { get; }

    /// <summary>A stable key for rendering rows that come and go.</summary>
    public object Key { get; } = new();

    public DocumentValue ToValue(GridSchema grid)
    {
        var fields = new List<KeyValuePair<string, DocValue>>();
        if (Id is not null)
        {
            fields.Add(new(SystemProperties.Id, Id));
        }

        foreach (var column in grid.Columns.Where(c => !c.ReadOnly))
        {
            if (Cells[column.Name].ToValue(column) is { } value)
            {
                fields.Add(new(column.Name, value));
            }
        }

        return DocumentValue.Create(fields);
    }
}
