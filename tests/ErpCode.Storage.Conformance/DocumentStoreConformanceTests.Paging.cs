using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using Xunit;

namespace ErpCode.Storage.Conformance;

public abstract partial class DocumentStoreConformanceTests
{
    public static TheoryData<string, bool> PagingSorts => new()
    {
        { "rank", false },
        { "rank", true },
        { "name", false },
        { "name", true },
        { "_id", true },
    };

    [Theory]
    [MemberData(nameof(PagingSorts))]
    public async Task Continuation_tokens_return_every_document_once_in_sort_order(string field, bool descending)
    {
        var items = await CollectionAsync();
        var random = new Random(20261126);
        var documents = Enumerable.Range(0, 137).Select(i =>
        {
            var fields = new List<(string, DocValue)>();
            switch (i % 7)
            {
                case 0:
                    break; // missing
                case 1:
                    fields.Add(("rank", DocValue.Null));
                    fields.Add(("name", DocValue.Null));
                    break;
                default:
                    fields.Add(("rank", random.Next(0, 5) + (random.Next(0, 2) == 0 ? 0.5m : 0m)));
                    fields.Add(("name", ((char)('a' + random.Next(0, 4))).ToString()));
                    break;
            }

            return Doc($"K{i:000}", [.. fields]);
        }).ToList();
        await items.InsertManyAsync(documents, Ct);
        var sort = descending ? SortField.Desc(field) : SortField.Asc(field);
        var expected = await IdsAsync(items, new Query().OrderBy(sort));

        var seen = await PageThroughAsync(items, new Query().OrderBy(sort), pageSize: 10);

        Assert.Equal(137, expected.Count);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Continuation_tokens_stay_stable_while_other_writers_insert()
    {
        var items = await CollectionAsync();
        await items.InsertManyAsync(Enumerable.Range(0, 60).Select(i => Doc($"N{i * 10:0000}", ("seq", i * 10))), Ct);
        var query = Query.Where(Filter.Ge("seq", 0)).OrderBy(SortField.Asc("seq"));
        var seen = new List<string>();
        string? token = null;
        var page = 0;

        do
        {
            var result = await items.QueryAsync(query.Page(7, token), Ct);
            seen.AddRange(result.Documents.Select(d => d.Id));
            token = result.ContinuationToken;

            // Another writer inserts before the cursor, right after it, and far ahead, between every two pages.
            var last = (Int64Value)result.Documents[^1].Body["seq"];
            await items.InsertAsync(Doc($"B{page:000}", ("seq", last.Value - 5)), Ct);
            await items.InsertAsync(Doc($"A{page:000}", ("seq", last.Value + 1)), Ct);
            page++;
        }
        while (token is not null && page < 100);

        var originals = seen.Where(id => id.StartsWith('N')).ToList();
        Assert.Equal(Enumerable.Range(0, 60).Select(i => $"N{i * 10:0000}"), originals);
        Assert.DoesNotContain(seen, id => id.StartsWith('B'));
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Null(token);
    }

    [Fact]
    public async Task Last_page_has_no_token_and_a_full_last_page_is_not_followed_by_an_empty_one()
    {
        var items = await CollectionAsync();
        await items.InsertManyAsync(Enumerable.Range(0, 20).Select(i => Doc($"D{i:00}")), Ct);

        var first = await items.QueryAsync(new Query().Page(10), Ct);
        var second = await items.QueryAsync(new Query().Page(10, first.ContinuationToken), Ct);

        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(10, second.Documents.Count);
        Assert.Null(second.ContinuationToken);
    }

    [Fact]
    public async Task A_token_issued_for_another_sort_or_collection_is_refused()
    {
        var items = await CollectionAsync();
        var others = await CollectionAsync("others");
        await items.InsertManyAsync(Enumerable.Range(0, 5).Select(i => Doc($"D{i}", ("x", i))), Ct);
        var token = (await items.QueryAsync(new Query().OrderBy(SortField.Asc("x")).Page(2), Ct)).ContinuationToken!;

        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => items.QueryAsync(new Query().OrderBy(SortField.Desc("x")).Page(2, token), Ct));
        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => others.QueryAsync(new Query().OrderBy(SortField.Asc("x")).Page(2, token), Ct));
        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => items.QueryAsync(new Query().OrderBy(SortField.Asc("x")).Page(2, "not-a-token"), Ct));
    }

    private static async Task<List<string>> PageThroughAsync(IDocumentCollection collection, Query query, int pageSize)
    {
        var ids = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var result = await collection.QueryAsync(query.Page(pageSize, token), Ct);
            Assert.True(result.Documents.Count <= pageSize);
            ids.AddRange(result.Documents.Select(d => d.Id));
            token = result.ContinuationToken;
            Assert.True(++pages < 1000, "paging did not end");
        }
        while (token is not null);

        return ids;
    }
}
