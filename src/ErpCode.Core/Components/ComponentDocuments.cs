using System.Collections.Immutable;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Components;

/// <summary>How components and their history are kept in the store: collections <c>components</c> and <c>component_history</c>.</summary>
internal static class ComponentDocuments
{
    public const string Collection = "components";
    public const string HistoryCollection = "component_history";
    public const string TypeName = "Component";
    public const string RevisionTypeName = "ComponentRevision";

    public static CollectionDefinition Definition { get; } = new CollectionDefinition(Collection)
        .WithField("kind", ValueKind.String)
        .WithField("state", ValueKind.String)
        .WithField("version", ValueKind.Int64)
        .WithIndex("byKind", "kind");

    public static CollectionDefinition HistoryDefinition { get; } = new CollectionDefinition(HistoryCollection)
        .WithField("sequence", ValueKind.Int64)
        .WithIndex("byComponent", "_parent", "sequence");

    public static DocumentValue ToBody(Component c, int historyCount) => DocumentValue.Create(
        ("kind", c.Kind.ToString()),
        ("source", c.Source),
        ("state", c.ValidationState.ToString()),
        ("diagnostics", new ArrayValue(c.Diagnostics.Select(d => (DocValue)DocumentValue.Create(
            ("code", d.Code), ("severity", d.Severity), ("line", d.Line), ("column", d.Column), ("message", d.Message))))),
        ("version", c.Version),
        ("validatedSource", c.ValidatedSource),
        ("proxyRoles", Roles(c.ProxyRoles)),
        ("action", ActionBody(c.Action)),
        ("historyCount", historyCount));

    public static Component FromDocument(StoredDocument document)
    {
        var body = document.Body;
        return new Component(
            document.Id,
            Enum.Parse<ComponentKind>(String(body, "kind")),
            String(body, "source"),
            Enum.Parse<ComponentValidationState>(String(body, "state")),
            body.TryGet("diagnostics", out var list) && list is ArrayValue array
                ? [.. array.OfType<DocumentValue>().Select(d => new ComponentDiagnostic(String(d, "code"), String(d, "severity"), (int)Int(d, "line"), (int)Int(d, "column"), String(d, "message")))]
                : ImmutableArray<ComponentDiagnostic>.Empty,
            (int)Int(body, "version"),
            body.TryGet("validatedSource", out var validated) && validated is StringValue s ? s.Value : null,
            document.Version)
        {
            ProxyRoles = Roles(body, "proxyRoles"),
            Action = ActionOf(body),
        };
    }

    public static int HistoryCount(StoredDocument document) => (int)Int(document.Body, "historyCount");

    public static NewDocument ToHistory(ComponentRevision r) => new(
        $"{r.Reference}.{r.Sequence:D6}",
        DocumentValue.Create(
            ("sequence", r.Sequence),
            ("author", r.Author),
            ("savedAt", r.SavedAt),
            ("source", r.Source),
            ("state", r.ValidationState.ToString()),
            ("version", r.Version),
            ("proxyRoles", Roles(r.ProxyRoles)),
            ("action", ActionBody(r.Action))),
        RevisionTypeName,
        r.Reference);

    public static ComponentRevision FromHistory(StoredDocument d) => new(
        d.ParentId ?? string.Empty,
        (int)Int(d.Body, "sequence"),
        String(d.Body, "author"),
        ((DateTimeValue)d.Body["savedAt"]).Value,
        String(d.Body, "source"),
        Enum.Parse<ComponentValidationState>(String(d.Body, "state")),
        (int)Int(d.Body, "version"))
    {
        ProxyRoles = Roles(d.Body, "proxyRoles"),
        Action = ActionOf(d.Body),
    };

    private static DocValue ActionBody(SiteAction? action) => action is null
        ? DocValue.Null
        : DocumentValue.Create(
            ("parameters", new ArrayValue(action.Parameters.Select(p => (DocValue)DocumentValue.Create(("name", p.Name), ("type", p.Type.ToString()), ("optional", p.Optional))))),
            ("returns", action.Returns is { } returns ? returns.ToString() : null),
            ("roles", Roles(action.Roles)));

    // Components saved before site actions existed have no field: they are none.
    private static SiteAction? ActionOf(DocumentValue body)
    {
        if (!body.TryGet("action", out var value) || value is not DocumentValue action)
        {
            return null;
        }

        return new SiteAction
        {
            Parameters = action.TryGet("parameters", out var list) && list is ArrayValue array
                ? [.. array.OfType<DocumentValue>().Select(p => new Sites.BusinessMethodParameter(
                    String(p, "name"),
                    Enum.Parse<Types.Definitions.PropertyType>(String(p, "type")),
                    p.TryGet("optional", out var optional) && optional is BoolValue { Value: true }))]
                : [],
            Returns = action.TryGet("returns", out var returns) && returns is StringValue r ? Enum.Parse<Types.Definitions.PropertyType>(r.Value) : null,
            Roles = Roles(action, "roles"),
        };
    }

    private static ArrayValue Roles(ImmutableArray<string> roles) =>
        roles.IsDefaultOrEmpty ? ArrayValue.Empty : new ArrayValue(roles.Select(r => (DocValue)new StringValue(r)));

    // Components saved before proxy roles existed have no field: they have none.
    private static ImmutableArray<string> Roles(DocumentValue body, string name) =>
        body.TryGet(name, out var value) && value is ArrayValue array ? [.. array.OfType<StringValue>().Select(r => r.Value)] : [];

    private static string String(DocumentValue body, string name) => body.TryGet(name, out var v) && v is StringValue s ? s.Value : string.Empty;

    private static long Int(DocumentValue body, string name) => body.TryGet(name, out var v) && v is Int64Value i ? i.Value : 0;
}
