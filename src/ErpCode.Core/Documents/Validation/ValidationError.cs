namespace ErpCode.Core.Documents.Validation;

/// <summary>
/// One reason a document cannot be saved: the property path it is about (<c>Lines[2].Quantity</c>, empty for the
/// document as a whole) and a message a business user understands.
/// </summary>
public sealed record ValidationError(string Path, string Message)
{
    public override string ToString() => Message;
}
