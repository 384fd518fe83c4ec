using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Tests.TestSupport;

/// <summary>Short builders for test documents.</summary>
internal static class Docs
{
    public static DocumentValue Body(params (string Name, DocValue Value)[] fields) => DocumentValue.Create(fields);

    public static StoredDocument Stored(string id, params (string Name, DocValue Value)[] fields) =>
        new(id, null, null, 1, DocumentValue.Create(fields));

    /// <summary>A body nested <paramref name="levels"/> documents deep below the root, each under property <c>a</c>.</summary>
    public static DocumentValue Nested(int levels)
    {
        var body = DocumentValue.Empty;
        for (var i = 0; i < levels; i++)
        {
            body = DocumentValue.Create(("a", body));
        }

        return body;
    }
}
