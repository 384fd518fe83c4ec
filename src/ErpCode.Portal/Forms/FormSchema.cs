using System.Collections.Immutable;
using ErpCode.Core.Types.Runtime;

namespace ErpCode.Portal.Forms;

/// <summary>
/// The form of a portal type at one revision, read from the live type and its sheets while the snapshot is leased and
/// kept as plain values for the page: the groups of fields (the type's form groups, else one per property sheet), the
/// grids of contained child lines and the workflows' state variables.
/// </summary>
public sealed record FormSchema(
    string PortalType,
    string Title,
    string EntitySet,
    ImmutableArray<FormSection> Sections,
    ImmutableArray<GridSchema> Grids,
    ImmutableArray<WorkflowStateSchema> Workflows)
{
    public IEnumerable<FieldSchema> Fields => Sections.SelectMany(s => s.Fields);

    public static FormSchema Of(TypeSystem types, RuntimeType type)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(type);
        return new FormSchema(
            type.Name,
            type.Definition.DisplayTitle,
            type.Definition.EntitySetName,
            BuildSections(types, type),
            [.. type.Children.Select(child => new GridSchema(
                child.Property,
                Titles.Words(child.Property),
                child.Type.Name,
                [.. child.Type.Properties.Select(p => FieldSchema.Of(types, p))]))],
            [.. type.Workflows.Where(w => w.HasStates).Select(w => new WorkflowStateSchema(
                w.Name,
                w.DisplayTitle,
                w.StateVariable,
                w.InitialState,
                w.States.ToImmutableDictionary(s => s.Id, s => s.DisplayTitle, StringComparer.Ordinal),
                w.Transitions.ToImmutableDictionary(t => t.Id, t => t.DisplayTitle, StringComparer.Ordinal)))]);
    }

    private static ImmutableArray<FormSection> BuildSections(TypeSystem types, RuntimeType type)
    {
        var sections = ImmutableArray.CreateBuilder<FormSection>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var groups = type.Definition.Layout.FormGroups;
        if (!groups.IsDefaultOrEmpty)
        {
            foreach (var group in groups)
            {
                var fields = group.Properties.Select(type.Property).OfType<RuntimeProperty>().Where(p => placed.Add(p.Name)).Select(p => FieldSchema.Of(types, p)).ToImmutableArray();
                if (fields.Length > 0)
                {
                    sections.Add(new FormSection(group.Title, fields));
                }
            }

            // A property added to a sheet after the layout was written still shows, in a group of its own.
            var rest = type.Properties.Where(p => placed.Add(p.Name)).Select(p => FieldSchema.Of(types, p)).ToImmutableArray();
            if (rest.Length > 0)
            {
                sections.Add(new FormSection("Other", rest));
            }

            return sections.ToImmutable();
        }

        foreach (var sheet in type.Properties.GroupBy(p => p.Sheet, StringComparer.Ordinal))
        {
            var title = types.Definitions.PropertySheets.FirstOrDefault(s => s.Name == sheet.Key) is { Title: { Length: > 0 } sheetTitle } ? sheetTitle : Titles.Words(sheet.Key);
            sections.Add(new FormSection(title, [.. sheet.Select(p => FieldSchema.Of(types, p))]));
        }

        return sections.ToImmutable();
    }
}

/// <summary>A titled group of fields on a form.</summary>
public sealed record FormSection(string Title, ImmutableArray<FieldSchema> Fields);

/// <summary>The contained child lines under one property (the lines of an order), edited as a grid with one column per property of the child type.</summary>
public sealed record GridSchema(string Property, string Title, string ChildType, ImmutableArray<FieldSchema> Columns);

/// <summary>A workflow of the type's chain that keeps a state: its variable and the titles of its states.</summary>
public sealed record WorkflowStateSchema(string Name, string Title, string StateVariable, string InitialState, ImmutableDictionary<string, string> StateTitles, ImmutableDictionary<string, string> TransitionTitles)
{
    public string TitleOf(string state) => StateTitles.TryGetValue(state, out var title) ? title : state;

    public string TransitionTitleOf(string transition) => TransitionTitles.TryGetValue(transition, out var title) ? title : transition;
}
