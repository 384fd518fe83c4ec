namespace ErpCode.Server.Authentication;

/// <summary>
/// Where the generated first password is printed: the process console, never the Serilog log (which may be
/// shipped elsewhere and kept). Tests give another writer.
/// </summary>
internal sealed class BootstrapConsole(TextWriter writer)
{
    public TextWriter Writer { get; } = writer;
}
