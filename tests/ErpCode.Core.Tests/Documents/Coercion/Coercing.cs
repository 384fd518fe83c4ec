using ErpCode.Core.Documents.Coercion;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Core.Tests.Documents.Coercion;

/// <summary>Runs <see cref="ValueCoercion.Coerce"/> for a property of one type and asserts it accepted or refused the value.</summary>
internal static class Coercing
{
    public static PropertyDefinition Property(PropertyType type, bool list = false) => new() { Name = "Value", Type = type, List = list };

    public static DocValue Accepted(PropertyType type, DocValue value, bool list = false)
    {
        var result = ValueCoercion.Coerce(Property(type, list), value, out var problem);
        Assert.Null(problem);
        Assert.NotNull(result);
        return result;
    }

    public static string Refused(PropertyType type, DocValue value, bool list = false)
    {
        var result = ValueCoercion.Coerce(Property(type, list), value, out var problem);
        Assert.Null(result);
        Assert.False(string.IsNullOrEmpty(problem), "A refused value must come with the problem.");
        return problem;
    }

    /// <summary>A value written as typed JSON: <c>"42"</c> is text, <c>42</c> an Int64, <c>2.0</c> an exact decimal.</summary>
    public static DocValue Json(string json) => TypedJson.Deserialize(json);
}
