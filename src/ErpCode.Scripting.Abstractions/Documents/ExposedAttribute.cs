namespace ErpCode.Scripting;

/// <summary>Marks a public method of a document class or module as a business method callable from outside (an OData action or function).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ExposedAttribute : Attribute
{
    /// <summary>True when the method only reads: it becomes an OData function rather than an action.</summary>
    public bool ReadOnly { get; set; }
}
