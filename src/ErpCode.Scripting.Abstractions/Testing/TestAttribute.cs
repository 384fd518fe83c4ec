namespace ErpCode.Scripting;

/// <summary>Marks a public method of a <see cref="SiteTest"/> as a test to run.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class TestAttribute : Attribute
{
}
