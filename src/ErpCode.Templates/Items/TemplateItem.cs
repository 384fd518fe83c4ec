using System.Collections.Immutable;

namespace ErpCode.Templates.Items;

/// <summary>
/// One item in its file form: the files that hold it (paths relative to the template folder, '/'-separated, with
/// their text as written: indented JSON with a stable property order, or C# source), the checksum of those files,
/// and the model they describe (a definition, a <see cref="ComponentPayload"/> or a document body).
/// </summary>
public sealed record TemplateItem(TemplateItemKey Key, ImmutableSortedDictionary<string, string> Files, object Payload)
{
    /// <summary>SHA-256 over the item's files, in hex: equal checksums mean byte-identical files.</summary>
    public string Checksum { get; } = ItemChecksum.Of(Files);
}
