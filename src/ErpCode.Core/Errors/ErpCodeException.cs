namespace ErpCode.Core.Errors;

/// <summary>
/// Base of every failure ErpCode reports to a caller who can act on it. Each subclass carries a
/// stable <see cref="Code"/> from <see cref="ErpCodeErrorCodes"/> and the structured fields that name what is at fault.
/// </summary>
public abstract class ErpCodeException : Exception
{
    private protected ErpCodeException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Data["ErpCode.Code"] = code;
    }

    /// <summary>The stable machine-readable error code, such as <c>Storage.ConcurrencyConflict</c>.</summary>
    public string Code { get; }
}
