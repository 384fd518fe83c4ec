using System.Collections.Immutable;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.TestSupport;

namespace ErpCode.Core.Tests.Storage.Queries;

public sealed class KeysetFilterTests
{
    [Fact]
    public void After_IdOnly_IsGreaterThanTheLastId()
    {
        // Act
        var filter = KeysetFilter.After([new SortField(FieldPath.Id)], [new StringValue("ignored")], "k-7");

        // Assert
        Assert.Equal("Or(Gt(_id, \"k-7\"))", FilterText.Of(filter));
    }

    [Fact]
    public void After_AscendingValue_IsGreaterOrTiedThenLaterId()
    {
        // Act
        var filter = KeysetFilter.After(Sort(SortField.Asc("a")), [new Int64Value(5), new StringValue("k-7")], "k-7");

        // Assert
        Assert.Equal("Or(Gt(a, 5), And(Eq(a, 5), Gt(_id, \"k-7\")))", FilterText.Of(filter));
    }

    [Fact]
    public void After_DescendingValue_IsSmallerOrNullOrMissingOrTiedThenLaterId()
    {
        // Act
        var filter = KeysetFilter.After(Sort(SortField.Desc("a")), [new StringValue("m"), DocValue.Null], "k-7");

        // Assert
        Assert.Equal(
            "Or(Or(Lt(a, \"m\"), Eq(a, null), Not(Exists(a))), And(Eq(a, \"m\"), Gt(_id, \"k-7\")))",
            FilterText.Of(filter));
    }

    [Fact]
    public void After_AscendingNull_IsAnyPresentNonNullOrNullOrMissingThenLaterId()
    {
        // Act
        var filter = KeysetFilter.After(Sort(SortField.Asc("a")), [DocValue.Null, DocValue.Null], "k-7");

        // Assert
        Assert.Equal(
            "Or(And(Exists(a), Ne(a, null)), And(Or(Eq(a, null), Not(Exists(a))), Gt(_id, \"k-7\")))",
            FilterText.Of(filter));
    }

    [Fact]
    public void After_DescendingNull_OnlyTiesThenLaterId()
    {
        // Nulls come last in a descending sort, so nothing but other nulls can follow a null.
        // Act
        var filter = KeysetFilter.After(Sort(SortField.Desc("a")), [DocValue.Null, DocValue.Null], "k-7");

        // Assert
        Assert.Equal("Or(And(Or(Eq(a, null), Not(Exists(a))), Gt(_id, \"k-7\")))", FilterText.Of(filter));
    }

    [Fact]
    public void After_TwoKeys_ChainsTheTies()
    {
        // Act
        var filter = KeysetFilter.After(
            Sort(SortField.Asc("a"), SortField.Desc("b")),
            [new DecimalValue(1.5m), new DateValue(new DateOnly(2024, 3, 1)), new StringValue("k-7")],
            "k-7");

        // Assert
        Assert.Equal(
            "Or(Gt(a, 1.5), " +
            "And(Eq(a, 1.5), Or(Lt(b, 2024-03-01), Eq(b, null), Not(Exists(b)))), " +
            "And(Eq(a, 1.5), Eq(b, 2024-03-01), Gt(_id, \"k-7\")))",
            FilterText.Of(filter));
    }

    [Fact]
    public void After_DescendingId_UsesTheLastId()
    {
        // Act
        var filter = KeysetFilter.After([new SortField(FieldPath.Id, SortDirection.Descending)], [DocValue.Null], "k-7");

        // Assert
        Assert.Equal("Or(Or(Lt(_id, \"k-7\"), Eq(_id, null), Not(Exists(_id))))", FilterText.Of(filter));
    }

    [Fact]
    public void After_IdInTheMiddle_TakesItsValueFromTheLastId()
    {
        // Act
        var filter = KeysetFilter.After(
            [SortField.Asc("a"), new SortField(FieldPath.Id)],
            [new Int64Value(1), new StringValue("other")],
            "k-7");

        // Assert
        Assert.Contains("Gt(_id, \"k-7\")", FilterText.Of(filter));
        Assert.DoesNotContain("other", FilterText.Of(filter));
    }

    private static ImmutableArray<SortField> Sort(params SortField[] keys) => [.. keys, new SortField(FieldPath.Id)];
}
