namespace ErpCode.Scripting;

/// <summary>
/// Where a document class reports why a document cannot be saved (<see cref="DocumentClass"/>'s <c>Check</c>). The
/// failures are collected and shown together, never thrown.
/// </summary>
public sealed class DocumentChecks
{
    private readonly List<DocumentCheckFailure> _failures = [];

    internal DocumentChecks()
    {
    }

    internal IReadOnlyList<DocumentCheckFailure> Failures => _failures;

    /// <summary>The property <paramref name="property"/> (a path such as <c>Lines[2].Quantity</c>) is not acceptable, for the reason <paramref name="message"/>.</summary>
    /// <exception cref="ArgumentException">The property or the message is empty.</exception>
    public void Fail(string property, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(property);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        _failures.Add(new DocumentCheckFailure(property, message));
    }

    /// <summary>The document as a whole is not acceptable, for the reason <paramref name="message"/>.</summary>
    /// <exception cref="ArgumentException">The message is empty.</exception>
    public void Fail(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        _failures.Add(new DocumentCheckFailure(null, message));
    }
}
