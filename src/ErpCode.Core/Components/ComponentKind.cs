namespace ErpCode.Core.Components;

/// <summary>The kinds of stored code, after ERP5's components.</summary>
public enum ComponentKind
{
    /// <summary>A document class: the behaviour of a portal type.</summary>
    Document,

    /// <summary>A module: helpers shared by other components.</summary>
    Module,

    /// <summary>A script: small named code bound to a type or the site, also used as an OData action.</summary>
    Script,

    /// <summary>An expression: a guard, a default or a computed value.</summary>
    Expression,

    /// <summary>A test, run inside a site.</summary>
    Test,
}
