using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.TestSupport;

namespace ErpCode.Core.Tests.Storage.Queries;

public sealed class ProjectionTests
{
    private static readonly DocumentValue Body = Docs.Body(
        ("number", "SO-1"),
        ("total", 12.50m),
        ("note", DocValue.Null),
        ("customer", Docs.Body(("name", "Ada"), ("city", "Lyon"), ("vip", true))),
        ("lines", new ArrayValue(Docs.Body(("qty", 1)))));

    [Fact]
    public void Apply_NoPaths_ReturnsTheSameBody()
    {
        Assert.Same(Body, Projection.Apply(Body, []));
        Assert.Same(Body, Projection.Apply(Body, default));
    }

    [Fact]
    public void Apply_TopLevelPaths_KeepsOnlyThoseInTheGivenOrder()
    {
        // Act
        var result = Projection.Apply(Body, ["total", "number"]);

        // Assert
        ValueAssert.Equal(Docs.Body(("total", 12.50m), ("number", "SO-1")), result);
        Assert.Equal(["total", "number"], result.Names);
    }

    [Fact]
    public void Apply_NestedPath_KeepsTheParentWithOnlyThatChild()
    {
        // Act
        var result = Projection.Apply(Body, ["customer.city", "customer.name"]);

        // Assert
        ValueAssert.Equal(Docs.Body(("customer", Docs.Body(("city", "Lyon"), ("name", "Ada")))), result);
    }

    [Fact]
    public void Apply_ParentAndChild_KeepsTheWholeParent()
    {
        ValueAssert.Equal(Docs.Body(("customer", Body["customer"])), Projection.Apply(Body, ["customer.city", "customer"]));
        ValueAssert.Equal(Docs.Body(("customer", Body["customer"])), Projection.Apply(Body, ["customer", "customer.city"]));
    }

    [Fact]
    public void Apply_MissingPaths_StayMissing()
    {
        // Act
        var result = Projection.Apply(Body, ["missing", "customer.phone", "number.inner", "lines.qty"]);

        // Assert
        Assert.Empty(result);
    }

    [Fact]
    public void Apply_ExplicitNull_IsKept()
    {
        ValueAssert.Equal(Docs.Body(("note", DocValue.Null)), Projection.Apply(Body, ["note"]));
    }

    [Fact]
    public void Apply_SystemPaths_AreIgnored()
    {
        ValueAssert.Equal(Docs.Body(("number", "SO-1")), Projection.Apply(Body, [FieldPath.Id, FieldPath.Version, "number"]));
    }

    [Fact]
    public void Apply_ArraysAreKeptWhole()
    {
        ValueAssert.Equal(Docs.Body(("lines", Body["lines"])), Projection.Apply(Body, ["lines"]));
    }
}
