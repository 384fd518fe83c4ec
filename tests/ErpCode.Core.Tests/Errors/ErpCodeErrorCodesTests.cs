using System.Reflection;
using ErpCode.Core.Errors;

namespace ErpCode.Core.Tests.Errors;

public sealed class ErpCodeErrorCodesTests
{
    private static IEnumerable<(string Name, string Value)> Codes() =>
        typeof(ErpCodeErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!));

    [Fact]
    public void EveryCode_IsAreaDotName()
    {
        Assert.All(Codes(), c => Assert.Matches(@"^[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+$", c.Value));
    }

    [Fact]
    public void Codes_AreUnique()
    {
        var values = Codes().Select(c => c.Value).ToList();
        Assert.Equal(values.Count, values.Distinct(StringComparer.Ordinal).Count());
        Assert.NotEmpty(values);
    }
}
