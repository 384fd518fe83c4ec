namespace ErpCode.Scripting.Budgets;

/// <summary>
/// The budgets of one component kind, an entry of <c>Scripting:Budgets</c>. Each value is a number or the word
/// <c>Unlimited</c> (any case); there is no magic zero. Ranges are checked at start by <see cref="ScriptBudgetOptionsValidator"/>.
/// </summary>
public sealed class ComponentBudgetOptions
{
    /// <summary>The word that lifts a limit.</summary>
    public const string Unlimited = "Unlimited";

    /// <summary>Creates an entry with the defaults of Script components: 5 s, 256 MiB, 256 calls.</summary>
    public ComponentBudgetOptions()
        : this("00:00:05", 256L * 1024 * 1024, 256)
    {
    }

    internal ComponentBudgetOptions(string timeout, long maxAllocatedBytes, int maxRecursionDepth)
    {
        Timeout = timeout;
        MaxAllocatedBytes = maxAllocatedBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        MaxRecursionDepth = maxRecursionDepth.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The wall-clock time one run may take, as a time span (<c>00:00:05</c> is 5 s, <c>00:00:00.250</c> is 250 ms)
    /// from 1 ms to 1 h, or <c>Unlimited</c>.
    /// </summary>
    public string Timeout { get; set; }

    /// <summary>
    /// The bytes one run may allocate on its thread, as a whole number from 65,536 (64 KiB) to 68,719,476,736 (64 GiB),
    /// or <c>Unlimited</c>.
    /// </summary>
    public string MaxAllocatedBytes { get; set; }

    /// <summary>
    /// How deep one run may nest calls, from 1 to 100,000, or <c>Unlimited</c>. The stack is protected even when unlimited.
    /// </summary>
    public string MaxRecursionDepth { get; set; }
}
