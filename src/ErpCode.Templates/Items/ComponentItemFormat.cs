using System.Collections.Immutable;
using System.Text.Json;
using ErpCode.Core.Components;
using ErpCode.Templates.Errors;

namespace ErpCode.Templates.Items;

/// <summary>
/// Components as items: the source as a plain <c>components/&lt;Reference&gt;.cs</c> file, beside
/// <c>components/&lt;Reference&gt;.json</c> holding its kind and proxy roles (<c>{"kind": "Document", "proxyRoles": []}</c>)
/// and, for a Script declared an action of the site, its <c>action</c> (see <see cref="SiteActionJson"/>; left out when none).
/// </summary>
internal sealed class ComponentItemFormat : ItemFormat
{
    public override TemplateItemKind Kind => TemplateItemKind.Component;

    public override string Folder => "components";

    public override IEnumerable<TemplateItem> Read(string root)
    {
        var files = FilesIn(root, Folder).ToList();
        foreach (var (relative, _) in files.Where(f => !f.Relative.EndsWith(".json", StringComparison.Ordinal) && !f.Relative.EndsWith(".cs", StringComparison.Ordinal)))
        {
            RefuseOther(relative, "component .cs and .json");
        }

        foreach (var (relative, full) in files.Where(f => f.Relative.EndsWith(".cs", StringComparison.Ordinal)))
        {
            if (!File.Exists(Path.ChangeExtension(full, ".json")))
            {
                throw new TemplateFormatException(relative, 0, string.Empty, $"the component has no metadata file; add {Path.ChangeExtension(relative, ".json")} with its kind, such as {{\"kind\": \"Document\", \"proxyRoles\": []}}");
            }
        }

        foreach (var (relative, full) in files.Where(f => f.Relative.EndsWith(".json", StringComparison.Ordinal)))
        {
            var reference = Path.GetFileNameWithoutExtension(full);
            if (ComponentNames.Check(reference) is { } problem)
            {
                throw new TemplateFormatException(relative, 0, string.Empty, problem);
            }

            var source = Path.ChangeExtension(full, ".cs");
            if (!File.Exists(source))
            {
                throw new TemplateFormatException(relative, 0, string.Empty, $"the component has no source; add {Path.ChangeExtension(relative, ".cs")}");
            }

            var (kind, roles, action) = ReadMetadata(relative, File.ReadAllText(full));
            yield return Create(new ComponentPayload(reference, kind, File.ReadAllText(source), roles, action));
        }
    }

    public override TemplateItem Create(object payload)
    {
        var component = (ComponentPayload)payload;
        var metadata = CanonicalJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("kind", component.Kind.ToString());
            writer.WriteStartArray("proxyRoles");
            foreach (var role in component.ProxyRoles)
            {
                writer.WriteStringValue(role);
            }

            writer.WriteEndArray();
            if (component.Action is { } action)
            {
                SiteActionJson.Write(writer, action);
            }

            writer.WriteEndObject();
        });
        return new TemplateItem(
            new TemplateItemKey(TemplateItemKind.Component, component.Reference),
            Files(($"{Folder}/{component.Reference}.cs", component.Source), ($"{Folder}/{component.Reference}.json", metadata)),
            component);
    }

    private static (ComponentKind Kind, ImmutableArray<string> Roles, SiteAction? Action) ReadMetadata(string relative, string text)
    {
        CheckSyntax(relative, text);
        using var document = JsonDocument.Parse(text);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new TemplateFormatException(relative, 1, string.Empty, "the metadata must be an object with a kind and proxy roles");
        }

        ComponentKind? kind = null;
        var roles = ImmutableArray<string>.Empty;
        SiteAction? action = null;
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var line = JsonLines.LineOf(text, property.Name);
            switch (property.Name)
            {
                case "kind":
                    kind = property.Value.ValueKind == JsonValueKind.String && Enum.TryParse<ComponentKind>(property.Value.GetString(), ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
                        ? parsed
                        : throw new TemplateFormatException(relative, line, "kind", $"not a component kind; use one of {string.Join(", ", Enum.GetNames<ComponentKind>())}");
                    break;
                case "proxyRoles":
                    roles = property.Value.ValueKind == JsonValueKind.Array && property.Value.EnumerateArray().All(r => r.ValueKind == JsonValueKind.String)
                        ? [.. property.Value.EnumerateArray().Select(r => r.GetString()!)]
                        : throw new TemplateFormatException(relative, line, "proxyRoles", "proxy roles are a list of role names");
                    break;
                case SiteActionJson.Field:
                    action = property.Value.ValueKind == JsonValueKind.Null ? null : SiteActionJson.Read(relative, text, property.Value);
                    break;
                default:
                    throw new TemplateFormatException(relative, line, property.Name, $"'{property.Name}' is not a component metadata field; the fields are kind, proxyRoles and action");
            }
        }

        var known = kind ?? throw new TemplateFormatException(relative, 1, "kind", "the kind is missing");
        if (action is not null && SiteActionRules.KindProblem(known) is { } kindProblem)
        {
            throw new TemplateFormatException(relative, JsonLines.LineOf(text, SiteActionJson.Field), SiteActionJson.Field, kindProblem);
        }

        return (known, roles, action);
    }
}
