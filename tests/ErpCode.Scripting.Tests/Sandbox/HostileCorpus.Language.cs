namespace ErpCode.Scripting.Tests.Sandbox;

/// <summary>
/// Escapes through the language and the compiler: script directives, goto, static state, code outside budgets, the
/// budget runtime and names that hide it, regexes without a timeout, expression trees, partly allowed base types.
/// </summary>
internal static partial class HostileCorpus
{
    private static IEnumerable<SandboxCase> Language() =>
    [
        SandboxCase.InScript("#r in a script", "ERP1014", "'#r'", """
            #r "System.Diagnostics.Process.dll" //!
            return 1;
            """),
        SandboxCase.InScript("#load in a script", "ERP1014", "'#load'", """
            #load "other.csx" //!
            return 1;
            """),
        new("#line", """
            public class Snippet
            {
            #line 1 "elsewhere.cs" //!
                public int Run() => 1;
            }
            """, "ERP1015", "'#line'"),
        SandboxCase.InMethod("goto", "ERP1016", "'goto'", """
                    again:
                    goto again; //!
            """),
        new("static mutable field", """
            public class Counter
            {
                private static int count; //!

                public int Next() => ++count;
            }
            """, "ERP1017", "static field 'Counter.count'"),
        new("static readonly list", """
            public class Cache
            {
                private static readonly List<string> Items = []; //!

                public void Remember(string item) => Items.Add(item);
            }
            """, "ERP1017", "static field 'Cache.Items'"),
        new("static property with a setter", """
            public class Settings
            {
                public static decimal Rate { get => 1m; set { } } //!
            }
            """, "ERP1017", "static property with a setter 'Settings.Rate'"),
        new("static auto-property", """
            public class Settings
            {
                public static List<string> Names { get; } = []; //!
            }
            """, "ERP1017", "static auto-property 'Settings.Names'"),
        new("static constructor", """
            public class Snippet
            {
                static Snippet() //!
                {
                    while (true) { }
                }
            }
            """, "ERP1018", "static constructor 'Snippet.Snippet()'"),
        new("finalizer", """
            public class Snippet
            {
                ~Snippet() //!
                {
                }
            }
            """, "ERP1018", "finalizer 'Snippet.~Snippet()'"),
        new("ModuleInitializer", """
            public static class Snippet
            {
                [System.Runtime.CompilerServices.ModuleInitializer] //!
                public static void AtLoad() { }
            }
            """, "ERP1018", "'System.Runtime.CompilerServices.ModuleInitializerAttribute"),
        SandboxCase.InMethod("calling Budget.Check directly", "ERP1019", "'ErpCode.Scripting.Runtime.Budget.Check()'", """
                    ErpCode.Scripting.Runtime.Budget.Check(); //!
            """),
        new("declaring the budget runtime's namespace", """
            namespace ErpCode.Scripting.Runtime //!
            {
                public static class Budget
                {
                    public static void Check() { }
                }
            }
            """, "ERP1020", "namespace 'ErpCode.Scripting.Runtime'"),
        new("a type hiding the ErpCode namespace", """
            public class ErpCode //!
            {
            }
            """, "ERP1020", "type 'ErpCode'"),
        new("declaring a well-known attribute of our own", """
            namespace System.Runtime.CompilerServices //!
            {
                public sealed class ModuleInitializerAttribute : Attribute { }
            }
            """, "ERP1020", "namespace 'System.Runtime.CompilerServices'"),
        SandboxCase.InMethod("Regex without a timeout", "ERP1021", "'System.Text.RegularExpressions.Regex.Regex(string)'", """
                    var regex = new System.Text.RegularExpressions.Regex("(a+)+$"); //!
            """),
        SandboxCase.InMethod("static Regex.IsMatch without a timeout", "ERP1021", "'System.Text.RegularExpressions.Regex.IsMatch(string, string)'", """
                    var match = System.Text.RegularExpressions.Regex.IsMatch("aaaa", "(a+)+$"); //!
            """),
        SandboxCase.InMethod("Regex with an infinite timeout", "ERP1021", "'System.Text.RegularExpressions.Regex.InfiniteMatchTimeout'", """
                    var regex = new System.Text.RegularExpressions.Regex("(a+)+$", default, System.Text.RegularExpressions.Regex.InfiniteMatchTimeout); //!
            """),
        SandboxCase.InScript("a static field in a script", "ERP1017", "static field", """
            static int calls = 0; //!
            return ++calls;
            """),
        SandboxCase.InMethod("compiling an expression tree", "ERP1022", ".Compile()'", """
                    System.Linq.Expressions.Expression<Func<int>> expression = () => 42;
                    var compiled = expression.Compile(); //!
            """),
        SandboxCase.InMethod("AsQueryable", "ERP1022", "'System.Linq.Queryable.AsQueryable", """
                    var query = new List<int> { 1 }.AsQueryable(); //!
            """),
        new("deriving from a partly allowed type", """
            public class MyRegex : System.Text.RegularExpressions.Regex //!
            {
            }
            """, "ERP1023", "base type 'System.Text.RegularExpressions.Regex'"),
    ];
}
