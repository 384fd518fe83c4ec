using System.Text.Json;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;
using ErpCode.Templates.Errors;

namespace ErpCode.Templates.Items;

/// <summary>
/// Seed documents as items: <c>data/&lt;PortalType&gt;/&lt;Id&gt;.json</c>, the document's properties in typed JSON
/// (decimals as <c>{"_decimal": "12.50"}</c>, dates as <c>{"_date": "2026-01-31"}</c>), without the stamps the site sets.
/// </summary>
internal sealed class DataItemFormat : ItemFormat
{
    /// <summary>The properties the site sets on every document; a data file may not carry them.</summary>
    public static readonly IReadOnlySet<string> Stamps = new HashSet<string>(StringComparer.Ordinal)
    {
        SystemProperties.Id, SystemProperties.PortalType, SystemProperties.Version, SystemProperties.CreatedAt,
        SystemProperties.ModifiedAt, SystemProperties.Owner, SystemProperties.ModifiedBy,
    };

    public override TemplateItemKind Kind => TemplateItemKind.Data;

    public override string Folder => "data";

    public override IEnumerable<TemplateItem> Read(string root)
    {
        foreach (var (relative, _) in FilesIn(root, Folder))
        {
            RefuseOther(relative, "portal type folders of data");
        }

        var data = Path.Combine(root, Folder);
        IEnumerable<string?> types = Directory.Exists(data) ? Directory.EnumerateDirectories(data).Select(Path.GetFileName).Order(StringComparer.Ordinal) : [];
        foreach (var type in types)
        {
            foreach (var (relative, full) in FilesIn(root, $"{Folder}/{type}"))
            {
                if (!relative.EndsWith(".json", StringComparison.Ordinal))
                {
                    RefuseOther(relative, "document .json");
                }

                var id = Path.GetFileNameWithoutExtension(full);
                if (DocumentId.Check(id) is { } idProblem)
                {
                    throw new TemplateFormatException(relative, 0, string.Empty, $"the file name is the document id: {idProblem}");
                }

                yield return Create(new DataPayload(type!, id, ReadBody(relative, File.ReadAllText(full))));
            }
        }
    }

    public override TemplateItem Create(object payload)
    {
        var data = (DataPayload)payload;
        return new TemplateItem(
            new TemplateItemKey(TemplateItemKind.Data, $"{data.PortalType}/{data.Id}"),
            Files(($"{Folder}/{data.PortalType}/{data.Id}.json", CanonicalJson.Indent(TypedJson.Serialize(data.Body)))),
            data);
    }

    private static DocumentValue ReadBody(string relative, string text)
    {
        CheckSyntax(relative, text);
        DocValue value;
        try
        {
            value = TypedJson.Deserialize(text);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDocumentException or FormatException)
        {
            throw new TemplateFormatException(relative, 0, string.Empty, $"not a document: {ex.Message}");
        }

        if (value is not DocumentValue body)
        {
            throw new TemplateFormatException(relative, 1, string.Empty, "a data file holds one JSON object: the document's properties");
        }

        if (body.Names.FirstOrDefault(Stamps.Contains) is { } stamp)
        {
            throw new TemplateFormatException(relative, JsonLines.LineOf(text, stamp), stamp, $"{stamp} is set by the site (the id is the file name)");
        }

        return body;
    }
}
