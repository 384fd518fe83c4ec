using ErpCode.Core.Errors;
using Microsoft.Extensions.Logging;

namespace ErpCode.Portal.Errors;

/// <summary>
/// The text a user sees for a failure: the service's own message for errors a user can cause (they name what is wrong
/// and where), a plain sentence with a reference for anything else, which is logged in full and never shown raw.
/// </summary>
public static partial class UserMessage
{
    public static string For(Exception exception, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(logger);
        switch (exception)
        {
            case ErpCodeException known:
                return known.Message;
            case Session.SignedOutException signedOut:
                return signedOut.Message;
            case OperationCanceledException:
                return "The operation was cancelled.";
            default:
                var reference = Guid.NewGuid().ToString("N")[..8];
                LogUnexpected(logger, exception, reference);
                return $"Something went wrong on the server. Give your administrator the reference {reference}.";
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Portal operation failed unexpectedly (reference {Reference})")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string reference);
}
