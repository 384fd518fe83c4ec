using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Storage;
using ErpCode.Templates.Errors;

namespace ErpCode.Templates.Items;

/// <summary>
/// Definitions as items: <c>&lt;folder&gt;/&lt;Name&gt;.json</c>, the definition's JSON (as the site stores it, through
/// <see cref="DefinitionCodec"/>) indented, with the properties in declaration order.
/// </summary>
internal sealed class DefinitionItemFormat<T>(TemplateItemKind kind, string folder, DefinitionKind definitionKind, Func<T, string> nameOf) : ItemFormat
    where T : class
{
    public override TemplateItemKind Kind => kind;

    public override string Folder => folder;

    public DefinitionKind DefinitionKind => definitionKind;

    public override IEnumerable<TemplateItem> Read(string root)
    {
        foreach (var (relative, full) in FilesIn(root, folder))
        {
            if (!relative.EndsWith(".json", StringComparison.Ordinal))
            {
                RefuseOther(relative, $"{definitionKind} .json");
            }

            var text = File.ReadAllText(full);
            CheckSyntax(relative, text);
            T definition;
            try
            {
                definition = DefinitionCodec.Read<T>(text, $"{definitionKind} {Path.GetFileNameWithoutExtension(full)}");
            }
            catch (InvalidDefinitionException ex)
            {
                var problem = ex.Problems[0];
                throw new TemplateFormatException(relative, JsonLines.LineOf(text, problem.Field), problem.Field, problem.Message);
            }

            var name = nameOf(definition);
            if (name != Path.GetFileNameWithoutExtension(full))
            {
                throw new TemplateFormatException(relative, JsonLines.LineOf(text, "name"), "name", $"the {definitionKind} is named '{name}' but its file is named '{Path.GetFileName(full)}'; name the file {name}.json");
            }

            yield return Create(definition);
        }
    }

    public override TemplateItem Create(object payload)
    {
        var definition = (T)payload;
        var name = nameOf(definition);
        return new TemplateItem(new TemplateItemKey(kind, name), Files(($"{folder}/{name}.json", CanonicalJson.Indent(DefinitionCodec.ToJson(definition)))), definition);
    }
}
