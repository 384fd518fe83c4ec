using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Tests.TestSupport;

/// <summary>
/// Equality assertions through <see cref="DocValue.Equals(DocValue)"/>. xunit's <c>Assert.Equal</c> compares
/// anything enumerable item by item in order, which would bypass DocumentValue's order-free equality.
/// </summary>
internal static class ValueAssert
{
    public static void Equal(DocValue expected, DocValue? actual)
    {
        if (actual is null || !expected.Equals(actual))
        {
            Assert.Fail($"Expected {expected.Kind} {expected} but got {actual?.Kind.ToString() ?? "nothing"} {actual}.");
        }
    }

    public static void NotEqual(DocValue unexpected, DocValue? actual)
    {
        if (actual is not null && unexpected.Equals(actual))
        {
            Assert.Fail($"Expected a value other than {unexpected.Kind} {unexpected}.");
        }
    }
}
