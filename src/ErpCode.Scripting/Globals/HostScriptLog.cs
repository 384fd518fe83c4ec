using Microsoft.Extensions.Logging;

namespace ErpCode.Scripting.Globals;

/// <summary>The log stored code writes to: the server log, with the component named in every entry.</summary>
internal sealed partial class HostScriptLog(ILogger logger, string component) : IScriptLog
{
    public void Info(string message) => LogInfo(logger, component, message);

    public void Warning(string message) => LogWarning(logger, component, message);

    public void Error(string message) => LogError(logger, component, message);

    [LoggerMessage(EventId = 2101, EventName = "StoredCodeInfo", Level = LogLevel.Information, Message = "{Component}: {Text}")]
    private static partial void LogInfo(ILogger logger, string component, string text);

    [LoggerMessage(EventId = 2102, EventName = "StoredCodeWarning", Level = LogLevel.Warning, Message = "{Component}: {Text}")]
    private static partial void LogWarning(ILogger logger, string component, string text);

    [LoggerMessage(EventId = 2103, EventName = "StoredCodeError", Level = LogLevel.Error, Message = "{Component}: {Text}")]
    private static partial void LogError(ILogger logger, string component, string text);
}
