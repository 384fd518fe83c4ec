using System.Collections.Immutable;
using System.Globalization;
using ErpCode.Core.Documents.Validation;

namespace ErpCode.Portal.Forms;

/// <summary>
/// The service's validation errors placed on the form: each error path (<c>Customer</c>, <c>Lines[1].Price</c>) goes
/// beside its field or grid cell, with the path in its message written as the user reads it ("Line 2, Unit price");
/// every error is also in the summary.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> _byKey = new(StringComparer.Ordinal);

    public static FormErrors None { get; } = new([], null);

    public FormErrors(IEnumerable<ValidationError> errors, FormSchema? schema)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var summary = ImmutableArray.CreateBuilder<string>();
        foreach (var error in errors)
        {
            var (key, message) = Place(error, schema);
            summary.Add(message);
            if (key is null)
            {
                continue;
            }

            if (!_byKey.TryGetValue(key, out var list))
            {
                _byKey[key] = list = [];
            }

            list.Add(message);
        }

        Summary = summary.ToImmutable();
    }

    public ImmutableArray<string> Summary { get; }

    public bool Any => !Summary.IsEmpty;

    /// <summary>The errors about a top-level field.</summary>
    public IReadOnlyList<string> Field(string name) => _byKey.TryGetValue(name, out var list) ? list : [];

    /// <summary>The errors about one cell of a grid (row counted from 0, as in the error paths).</summary>
    public IReadOnlyList<string> Cell(string grid, int row, string column) => _byKey.TryGetValue(CellKey(grid, row, column), out var list) ? list : [];

    /// <summary>The errors about a grid or one of its lines as a whole.</summary>
    public IReadOnlyList<string> Grid(string grid) => _byKey.TryGetValue(grid, out var list) ? list : [];

    private static string CellKey(string grid, int row, string column) => string.Create(CultureInfo.InvariantCulture, $"{grid}[{row}].{column}");

    private static (string? Key, string Message) Place(ValidationError error, FormSchema? schema)
    {
        var path = error.Path ?? string.Empty;
        if (schema is null || path.Length == 0)
        {
            return (null, error.Message);
        }

        var head = path.IndexOfAny(['.', '[']) is var end and >= 0 ? path[..end] : path;
        if (schema.Grids.FirstOrDefault(g => g.Property == head) is { } grid)
        {
            // Lines[2].Price → a cell; Lines, Lines[2] or Lines[2].Id → the grid.
            var close = path.IndexOf(']', StringComparison.Ordinal);
            if (path.Length > head.Length && path[head.Length] == '[' && close > 0
                && int.TryParse(path.AsSpan(head.Length + 1, close - head.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var row)
                && close + 1 < path.Length && path[close + 1] == '.')
            {
                var rest = path[(close + 2)..];
                var columnName = rest.IndexOfAny(['.', '[']) is var stop and >= 0 ? rest[..stop] : rest;
                if (grid.Columns.FirstOrDefault(c => c.Name == columnName) is { } column)
                {
                    var where = string.Create(CultureInfo.InvariantCulture, $"Line {row + 1}, {column.Title}");
                    return (CellKey(grid.Property, row, column.Name), Readable(error.Message, path, where));
                }
            }

            return (grid.Property, error.Message);
        }

        return schema.Fields.FirstOrDefault(f => f.Name == head) is { } field
            ? (field.Name, Readable(error.Message, head, field.Title))
            : (null, error.Message);
    }

    /// <summary>"Lines[1].Price must be at least 0" reads "Line 2, Unit price must be at least 0".</summary>
    private static string Readable(string message, string path, string title) =>
        message.StartsWith(path, StringComparison.Ordinal) ? title + message[path.Length..] : message;
}
