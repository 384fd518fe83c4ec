using System.Collections.Immutable;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.TestSupport;

namespace ErpCode.Core.Tests.Storage.Queries;

/// <summary>
/// Pages random documents through QueryPlan as a backend would (filter with the plan's filter, sort, skip, fetch
/// FetchLimit rows, Complete), using the in-memory reference evaluator, and checks that following the tokens yields
/// every matching document exactly once, in sort order. Each sort field holds one kind of value plus null or nothing,
/// as keyset paging assumes; integers and decimals mix, since they sort together.
/// </summary>
public sealed class KeysetPagingTests
{
    private static readonly CollectionDefinition Items = new CollectionDefinition("items")
        .WithField("n", ValueKind.Decimal)
        .WithField("s", ValueKind.String);

    public static TheoryData<string> Sorts => new()
    {
        "n",
        "-n",
        "s",
        "-s",
        "-s,n",
        "s,-n",
        "-b,t",
        "b,-t",
        "-d,s,-n",
        "d,-b,n,s",
        "g.x,-n",
        "-g.x,s",
        "-_id",
        "_id",
        "n,_id,s",
        "-n,-_id",
        "_type,-n",
        "-_type,s",
        "-_parent,n",
        "_v,-s",
        "-_v,-n,-s",
        "missing,n",
        "-missing,-n",
    };

    public static TheoryData<string, int> SortsAndPageSizes()
    {
        var data = new TheoryData<string, int>();
        foreach (var sort in Sorts)
        {
            foreach (var take in new[] { 1, 2, 3, 7, 50 })
            {
                data.Add(sort, take);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SortsAndPageSizes))]
    public void Paging_EveryDocumentOnceInSortOrder(string sort, int take)
    {
        for (var seed = 0; seed < 12; seed++)
        {
            // Arrange
            var documents = RandomDocuments(new Random(20_240_301 + (seed * 7919)), count: 5 + (seed * 4));
            var query = new Query { Sort = ParseSort(sort), Take = take };

            // Act
            var paged = PageThrough(documents, query);

            // Assert
            var expected = Expected(documents, query);
            Assert.True(expected.SequenceEqual(paged), $"seed {seed}, sort {sort}, take {take}: expected [{string.Join(", ", expected)}], paged [{string.Join(", ", paged)}]");
        }
    }

    public static TheoryData<string> Filters => new() { "all", "n>1", "s!=null", "b==true|d exists", "not n in" };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Paging_WithAUserFilter_EveryMatchOnceInSortOrder(string filterName)
    {
        // Arrange
        var filter = filterName switch
        {
            "n>1" => Filter.Gt("n", 1),
            "s!=null" => Filter.Ne("s", DocValue.Null),
            "b==true|d exists" => Filter.Eq("b", true) | Filter.Exists("d"),
            "not n in" => !Filter.In("n", 1, 2.5m, DocValue.Null),
            _ => Filter.All,
        };

        foreach (var sort in new[] { "n", "-n", "-s,n", "b,-t", "-_id" })
        {
            for (var seed = 0; seed < 10; seed++)
            {
                var documents = RandomDocuments(new Random(77 + seed), count: 40);
                var query = new Query { Filter = filter, Sort = ParseSort(sort), Take = 1 + (seed % 4) };

                // Act
                var paged = PageThrough(documents, query);

                // Assert
                var expected = Expected(documents, query);
                Assert.True(expected.SequenceEqual(paged), $"filter {filterName}, sort {sort}, seed {seed}: expected [{string.Join(", ", expected)}], paged [{string.Join(", ", paged)}]");
            }
        }
    }

    [Fact]
    public void Paging_FirstPageWithSkip_ThenTokens_ContinuesAfterTheSkippedRows()
    {
        for (var seed = 0; seed < 10; seed++)
        {
            // Arrange
            var documents = RandomDocuments(new Random(400 + seed), count: 30);
            var query = new Query { Sort = ParseSort("-n,s"), Take = 4, Skip = 3 };

            // Act
            var paged = PageThrough(documents, query);

            // Assert
            Assert.Equal(Expected(documents, query with { Skip = 0 }).Skip(3), paged);
        }
    }

    [Fact]
    public void Paging_AllValuesTied_PagesByIdAlone()
    {
        // Arrange
        var documents = Enumerable.Range(0, 17).Select(i => Docs.Stored($"id{(i * 7) % 17:D2}", ("n", 1))).ToList();
        var query = new Query { Sort = ParseSort("-n"), Take = 3 };

        // Act
        var paged = PageThrough(documents, query);

        // Assert
        Assert.Equal(documents.Select(d => d.Id).Order(StringComparer.Ordinal).Reverse(), paged);
    }

    private static List<string> PageThrough(IReadOnlyList<StoredDocument> documents, Query first)
    {
        var ids = new List<string>();
        var query = first;
        for (var pages = 0; pages <= documents.Count + 1; pages++)
        {
            var plan = QueryPlan.Create(query, Items);
            var rows = ReferenceOrder.Sort(documents.Where(d => ReferenceFilter.Matches(plan.Filter, d)), plan.Sort)
                .Skip(plan.Skip)
                .Take(plan.FetchLimit ?? int.MaxValue)
                .ToList();
            var result = plan.Complete(rows);
            Assert.True(result.Documents.Count <= plan.Take);
            ids.AddRange(result.Documents.Select(d => d.Id));
            if (result.ContinuationToken is null)
            {
                return ids;
            }

            Assert.NotEmpty(result.Documents);
            query = query with { ContinuationToken = result.ContinuationToken, Skip = 0 };
        }

        Assert.Fail("The tokens never ended.");
        return ids;
    }

    private static List<string> Expected(IReadOnlyList<StoredDocument> documents, Query query)
    {
        var sort = QueryPlan.Create(query with { Take = null, Skip = 0 }, Items).Sort;
        return [.. ReferenceOrder.Sort(documents.Where(d => ReferenceFilter.Matches(query.Filter, d)), sort).Skip(query.Skip).Select(d => d.Id)];
    }

    private static ImmutableArray<SortField> ParseSort(string text) =>
        [.. text.Split(',').Select(key => key.StartsWith('-') ? SortField.Desc(key[1..]) : SortField.Asc(key))];

    private static List<StoredDocument> RandomDocuments(Random random, int count)
    {
        string[] strings = ["", "a", "ab", "b", "B", "\u00e9", "\u65e5", "\ud83d\ude00", "z"];
        string?[] types = [null, "Invoice", "Order"];
        string?[] parents = [null, "p-1", "p-2"];
        var ids = Enumerable.Range(0, 1000).OrderBy(_ => random.Next()).Take(count).ToList();
        var documents = new List<StoredDocument>();
        foreach (var i in ids)
        {
            var fields = new List<(string, DocValue)>();
            Maybe(random, fields, "n", () => random.Next(3) switch
            {
                0 => new Int64Value(random.Next(-1, 4)),
                1 => new DecimalValue(random.Next(-2, 8) / 2m),
                _ => new DecimalValue(random.Next(0, 4) + 0.00m),
            });
            Maybe(random, fields, "s", () => new StringValue(strings[random.Next(strings.Length)]));
            Maybe(random, fields, "b", () => BoolValue.Of(random.Next(2) == 0));
            Maybe(random, fields, "t", () => new DateTimeValue(new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc).AddMilliseconds(random.Next(4) * 999)));
            Maybe(random, fields, "d", () => new DateValue(new DateOnly(2024, 1, 1).AddDays(random.Next(4))));
            if (random.Next(4) > 0)
            {
                var inner = new List<(string, DocValue)>();
                Maybe(random, inner, "x", () => new Int64Value(random.Next(3)));
                fields.Add(("g", DocumentValue.Create([.. inner])));
            }

            var id = random.Next(3) == 0 ? $"k-{i:D3}" : $"K{i}";
            documents.Add(new StoredDocument(id, types[random.Next(types.Length)], parents[random.Next(parents.Length)], random.Next(1, 4), DocumentValue.Create([.. fields])));
        }

        return documents;
    }

    /// <summary>Adds the field with a random value, an explicit null, or nothing at all.</summary>
    private static void Maybe(Random random, List<(string, DocValue)> fields, string name, Func<DocValue> value)
    {
        switch (random.Next(6))
        {
            case 0:
                return;
            case 1:
                fields.Add((name, DocValue.Null));
                return;
            default:
                fields.Add((name, value()));
                return;
        }
    }
}
