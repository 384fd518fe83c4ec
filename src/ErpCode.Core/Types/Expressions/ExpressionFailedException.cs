using ErpCode.Core.Errors;

namespace ErpCode.Core.Types.Expressions;

/// <summary>An expression of a definition threw or ran out of budget. The message names the expression and, when known, the line.</summary>
public sealed class ExpressionFailedException : ErpCodeException
{
    public ExpressionFailedException(string key, string reason, Exception? innerException = null)
        : base(ErpCodeErrorCodes.ExpressionFailed, $"{key}: {reason}", innerException)
    {
        Key = key;
        Reason = reason;
    }

    public string Key { get; }

    public string Reason { get; }
}
