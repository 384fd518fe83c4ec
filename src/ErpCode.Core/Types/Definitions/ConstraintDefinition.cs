namespace ErpCode.Core.Types.Definitions;

/// <summary>
/// A rule across properties: a C# boolean expression over the document that must hold on every save, and the
/// message a business user reads when it does not (for example "The delivery date cannot be before the order date").
/// </summary>
public sealed record ConstraintDefinition
{
    /// <summary>An identifier, unique within the sheet.</summary>
    public required string Name { get; init; }

    public required string Expression { get; init; }

    public required string Message { get; init; }

    /// <summary>The property the message is attached to; the document itself when empty.</summary>
    public string? Property { get; init; }
}
