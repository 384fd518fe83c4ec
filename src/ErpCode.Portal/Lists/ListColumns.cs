using System.Collections.Immutable;
using ErpCode.Core.Documents;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Runtime;
using ErpCode.Core.Workflows.Definitions;
using ErpCode.Portal.Formatting;

namespace ErpCode.Portal.Lists;

/// <summary>
/// The columns of a module's list, from the portal type's layout hints (<see cref="LayoutHints.ListColumns"/>), or,
/// when it gives none, the title and the first few properties; always the id first and the workflow states last.
/// Names the hints give that the type no longer has are left out, so a type changed at run time never breaks its list.
/// </summary>
public static class ListColumns
{
    /// <summary>How many properties a list shows when the type gives no columns.</summary>
    public const int DefaultPropertyCount = 4;

    public static ImmutableArray<ListColumn> For(RuntimeType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var columns = new List<ListColumn> { new(SystemProperties.Id, "Id", ColumnKind.Id, null, FieldPath.Id, FilterKind.Text, []) };
        var hinted = type.Definition.Layout.ListColumns;
        IEnumerable<string> names = hinted.IsDefaultOrEmpty
            ? [.. type.TitleKey is null ? [] : new[] { SystemProperties.Title },
               .. type.Properties.Where(p => !p.Definition.List && p.Type != PropertyType.Text).Take(DefaultPropertyCount).Select(p => p.Name)]
            : hinted;
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (Column(type, name) is { } column && !columns.Any(c => c.Key == column.Key))
            {
                columns.Add(column);
            }
        }

        foreach (var workflow in type.Workflows.Where(w => w.HasStates && !columns.Any(c => c.Key == w.StateVariable)))
        {
            columns.Add(State(type, workflow));
        }

        return [.. columns];
    }

    /// <summary>The text of the column's value in <paramref name="document"/>, as <see cref="ValueText"/> writes it (a state by its title).</summary>
    public static string Text(ListColumn column, BusinessDocument document)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(document);
        switch (column.Kind)
        {
            case ColumnKind.Id:
                return document.Id;
            case ColumnKind.State:
                var state = document[column.Key] is StringValue s ? s.Value : column.InitialState ?? string.Empty;
                return column.Choices.FirstOrDefault(c => c.Value == state)?.Title ?? state;
            default:
                return ValueText.Format(document[column.Key], column.Type);
        }
    }

    private static ListColumn? Column(RuntimeType type, string name)
    {
        if (type.Property(name) is { } property)
        {
            return Property(property);
        }

        if (type.WorkflowOfStateVariable(name) is { } workflow)
        {
            return State(type, workflow);
        }

        return name switch
        {
            SystemProperties.Id => null,
            SystemProperties.Title when type.TitleKey is not null => new(name, "Title", ColumnKind.Title, PropertyType.String, FieldPath.Parse(name), FilterKind.Text, []),
            SystemProperties.CreatedAt or SystemProperties.ModifiedAt => new(name, name == SystemProperties.CreatedAt ? "Created" : "Modified", ColumnKind.Stamp, PropertyType.DateTime, FieldPath.Parse(name), FilterKind.DateTime, []),
            SystemProperties.Owner or SystemProperties.ModifiedBy => new(name, name == SystemProperties.Owner ? "Owner" : "Modified by", ColumnKind.Stamp, PropertyType.String, FieldPath.Parse(name), FilterKind.Text, []),
            _ => null,
        };
    }

    private static ListColumn Property(RuntimeProperty property)
    {
        var definition = property.Definition;
        if (definition.List)
        {
            return new(property.Name, definition.DisplayTitle, ColumnKind.Property, property.Type, null, FilterKind.None, []);
        }

        var (sortable, filter) = property.Type switch
        {
            PropertyType.Text => (false, FilterKind.Text),
            PropertyType.Int or PropertyType.Decimal or PropertyType.Money => (true, FilterKind.Number),
            PropertyType.Date => (true, FilterKind.Date),
            PropertyType.DateTime => (true, FilterKind.DateTime),
            PropertyType.Enum or PropertyType.Bool => (true, FilterKind.Choice),
            _ => (true, FilterKind.Text),
        };
        ImmutableArray<ListChoice> choices = property.Type switch
        {
            PropertyType.Enum => [.. definition.Values.Select(v => new ListChoice(v, v))],
            PropertyType.Bool => [new("true", "Yes"), new("false", "No")],
            _ => [],
        };

        // Money sorts by its amount: amounts in different currencies then mix, which a list of one company's orders accepts.
        var sortPath = !sortable ? null : FieldPath.Parse(property.Type == PropertyType.Money ? property.Name + ".Amount" : property.Name);
        return new(property.Name, definition.DisplayTitle, ColumnKind.Property, property.Type, sortPath, filter, choices);
    }

    /// <summary>A state column, titled "State" when it is the type's only workflow with states, else after its workflow.</summary>
    private static ListColumn State(RuntimeType type, Workflow workflow) =>
        new(
            workflow.StateVariable,
            type.Workflows.Count(w => w.HasStates) == 1 ? "State" : workflow.DisplayTitle,
            ColumnKind.State,
            null,
            FieldPath.Parse(workflow.StateVariable),
            FilterKind.Choice,
            [.. workflow.States.Select(s => new ListChoice(s.Id, s.DisplayTitle))],
            workflow.InitialState);
}
