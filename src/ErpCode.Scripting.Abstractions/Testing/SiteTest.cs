namespace ErpCode.Scripting;

/// <summary>
/// The base of every Test component: a class named like the component whose public methods marked
/// <see cref="TestAttribute"/> are run inside the site (<c>erpcode component test</c>), each as the user who runs the
/// tests, and each with its writes discarded at the end, so tests never leave data behind. A test fails when it throws;
/// <see cref="Check"/> and <see cref="Equal{T}"/> throw with a message naming what was expected.
/// </summary>
public abstract class SiteTest
{
    private ScriptContext? _context;

    /// <summary>The site's documents, reached with the permissions of the user running the tests.</summary>
    protected IPortal Portal => Context.Portal;

    protected IScriptUser User => Context.User;

    protected IClock Clock => Context.Clock;

    protected IScriptLog Log => Context.Log;

    private ScriptContext Context => _context ?? throw new InvalidOperationException("The test is not bound to a site.");

    /// <summary>Fails the test with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    /// <exception cref="TestFailedException">The condition does not hold.</exception>
    protected static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new TestFailedException(message);
        }
    }

    /// <summary>Fails the test unless <paramref name="actual"/> equals <paramref name="expected"/>; <paramref name="what"/> names the value.</summary>
    /// <exception cref="TestFailedException">The values differ.</exception>
    protected static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new TestFailedException($"{what}: expected {expected?.ToString() ?? "null"}, got {actual?.ToString() ?? "null"}");
        }
    }

    internal void Bind(ScriptContext context) => _context = context;
}
