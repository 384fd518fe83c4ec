namespace ErpCode.Scripting;

/// <summary>Writes to the server log, tagged with the component that writes.</summary>
public interface IScriptLog
{
    void Info(string message);

    void Warning(string message);

    void Error(string message);
}
