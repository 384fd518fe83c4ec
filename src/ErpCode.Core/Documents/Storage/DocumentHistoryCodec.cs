using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Documents.Storage;

/// <summary>History entries in <c>document_history</c>: parent = the document's id, type = its portal type, sequence = the version written.</summary>
internal static class DocumentHistoryCodec
{
    public static NewDocument Write(string portalType, string documentId, DocumentHistoryEntry entry) => new(
        Guid.NewGuid().ToString("N"),
        DocumentValue.Create(
            ("transition", entry.Transition is { } t
                ? DocumentValue.Create(("workflow", t.Workflow), ("id", t.Transition), ("from", t.From), ("to", t.To), ("comment", t.Comment), ("variables", t.Variables))
                : DocValue.Null),
            ("sequence", entry.Sequence),
            ("action", entry.Action.ToString()),
            ("author", entry.Author),
            ("at", entry.At),
            ("version", entry.Version),
            ("changes", new ArrayValue(entry.Changes.Select(c => (DocValue)DocumentValue.Create(
                ("path", c.Path),
                ("old", c.Old ?? DocValue.Null),
                ("new", c.New ?? DocValue.Null)))))),
        portalType,
        documentId);

    public static DocumentHistoryEntry Read(StoredDocument stored)
    {
        var body = stored.Body;
        return new DocumentHistoryEntry(
            (int)((Int64Value)body["sequence"]).Value,
            Enum.Parse<DocumentAction>(((StringValue)body["action"]).Value),
            ((StringValue)body["author"]).Value,
            ((DateTimeValue)body["at"]).Value,
            ((Int64Value)body["version"]).Value,
            [.. ((ArrayValue)body["changes"]).Items.Cast<DocumentValue>().Select(c => new DocumentChange(
                ((StringValue)c["path"]).Value,
                c["old"] is NullValue ? null : c["old"],
                c["new"] is NullValue ? null : c["new"]))])
        {
            Transition = body.TryGet("transition", out var t) && t is DocumentValue transition
                ? new TransitionRecord(
                    ((StringValue)transition["workflow"]).Value,
                    ((StringValue)transition["id"]).Value,
                    ((StringValue)transition["from"]).Value,
                    ((StringValue)transition["to"]).Value,
                    transition["comment"] is StringValue comment ? comment.Value : null,
                    (DocumentValue)transition["variables"])
                : null,
        };
    }
}
