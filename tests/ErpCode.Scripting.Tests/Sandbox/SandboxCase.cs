namespace ErpCode.Scripting.Tests.Sandbox;

/// <summary>
/// One snippet of stored code. Hostile ones name the rule and a part of the message they must produce, on the line
/// marked with a <c>//!</c> comment.
/// </summary>
internal sealed record SandboxCase(string Name, string Source, string RuleId = "", string Symbol = "", bool IsScript = false)
{
    public const string Marker = "//!";

    /// <summary>The 1-based line marked <c>//!</c>, or 0 when none is.</summary>
    public int ExpectedLine => Array.FindIndex(Source.Split('\n'), line => line.Contains(Marker, StringComparison.Ordinal)) + 1;

    public override string ToString() => Name;

    /// <summary>Wraps statements into a method of a class, the way most hostile snippets need.</summary>
    public static SandboxCase InMethod(string name, string ruleId, string symbol, string statements) => new(name, $$"""
        public class Snippet
        {
            public void Run(object value)
            {
        {{statements}}
            }
        }
        """, ruleId, symbol);

    public static SandboxCase InScript(string name, string ruleId, string symbol, string source) => new(name, source, ruleId, symbol, IsScript: true);
}
