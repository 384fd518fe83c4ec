namespace ErpCode.Core.Types.Expressions;

/// <summary>What an expression in a definition computes, which fixes what it must return.</summary>
public enum ExpressionRole
{
    /// <summary>The default value of a property of a new document.</summary>
    Default,

    /// <summary>The value of a computed property, on every save.</summary>
    Computed,

    /// <summary>A constraint: true when the document is acceptable.</summary>
    Constraint,

    /// <summary>The title of a document.</summary>
    Title,

    /// <summary>A workflow transition's guard: true when the transition may fire.</summary>
    Guard,

    /// <summary>A workflow variable recorded with each transition.</summary>
    Variable,
}
