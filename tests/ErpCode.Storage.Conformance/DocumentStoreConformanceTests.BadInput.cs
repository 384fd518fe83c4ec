using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Patches;
using ErpCode.Core.Storage.Values;
using Xunit;

namespace ErpCode.Storage.Conformance;

public abstract partial class DocumentStoreConformanceTests
{
    public static TheoryData<string> MalformedIds => new() { "", " ", "a b", "a/b", "with'quote", "tab\tid", "-leading-dash", "ünïcode", new string('x', 129), "a\"b" };

    [Theory]
    [MemberData(nameof(MalformedIds))]
    public async Task Malformed_ids_are_refused_before_anything_is_written(string id)
    {
        var items = await CollectionAsync();

        var onInsert = await Assert.ThrowsAsync<InvalidDocumentIdException>(() => items.InsertAsync(new NewDocument(id, Body(("a", 1))), Ct));
        await Assert.ThrowsAsync<InvalidDocumentIdException>(() => items.FindAsync(id, Ct));
        await Assert.ThrowsAsync<InvalidDocumentIdException>(() => items.ReplaceAsync(id, 1, Body(), Ct));
        await Assert.ThrowsAsync<InvalidDocumentIdException>(() => items.UpdateAsync(id, 1, DocumentPatch.Empty.Set("a", 1), Ct));
        await Assert.ThrowsAsync<InvalidDocumentIdException>(() => items.DeleteAsync(id, 1, Ct));

        Assert.Equal(id, onInsert.DocumentId);
        Assert.Equal(0, await items.CountAsync(null, Ct));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    [InlineData("quote\"d")]
    [InlineData("system.indexes")]
    public void Invalid_collection_names_are_refused_naming_the_name(string name)
    {
        var ex = Assert.Throws<InvalidCollectionNameException>(() => Store.Collection(name));

        Assert.Equal(name, ex.Name);
    }

    [Fact]
    public async Task A_document_over_16_MiB_is_refused_and_nothing_is_written()
    {
        var items = await CollectionAsync();
        var big = new string('x', (int)(StoreLimits.MaxDocumentBytes + 10));
        await items.InsertAsync(Doc("A", ("s", "small")), Ct);

        var onInsert = await Assert.ThrowsAsync<DocumentTooLargeException>(() => items.InsertAsync(Doc("B", ("s", big)), Ct));
        var onReplace = await Assert.ThrowsAsync<DocumentTooLargeException>(() => items.ReplaceAsync("A", 1, Body(("s", big)), Ct));
        var onUpdate = await Assert.ThrowsAsync<DocumentTooLargeException>(() => items.UpdateAsync("A", 1, DocumentPatch.Empty.Set("s", big), Ct));

        Assert.Equal("B", onInsert.DocumentId);
        Assert.True(onInsert.SizeInBytes > StoreLimits.MaxDocumentBytes);
        Assert.Equal(StoreLimits.MaxDocumentBytes, onReplace.LimitInBytes);
        Assert.Equal("A", onUpdate.DocumentId);
        Assert.Null(await items.FindAsync("B", Ct));
        var a = await items.GetAsync("A", Ct);
        Assert.Equal((1L, (DocValue)"small"), (a.Version, a.Body["s"]));
    }

    [Fact]
    public async Task Reserved_or_invalid_property_names_are_refused()
    {
        await CollectionAsync();

        var reserved = Assert.Throws<InvalidDocumentException>(() => Body(("_secret", 1)));
        var dotted = Assert.Throws<InvalidDocumentException>(() => Body(("a.b", 1)));
        var dollar = Assert.Throws<InvalidDocumentException>(() => Body(("$where", 1)));

        Assert.Equal("_secret", reserved.Path);
        Assert.Equal("a.b", dotted.Path);
        Assert.Equal("$where", dollar.Path);
    }

    [Fact]
    public async Task Invalid_type_and_parent_names_are_refused()
    {
        var items = await CollectionAsync();

        var type = await Assert.ThrowsAsync<InvalidDocumentException>(() => items.InsertAsync(new NewDocument("A", Body(), "Sale Order"), Ct));
        var parent = await Assert.ThrowsAsync<InvalidDocumentException>(() => items.InsertAsync(new NewDocument("A", Body(), "SaleOrder", "bad/parent"), Ct));

        Assert.Equal("_type", type.Path);
        Assert.Equal("_parent", parent.Path);
        Assert.Equal(0, await items.CountAsync(null, Ct));
    }
}
