namespace ErpCode.Scripting.Tests.Sandbox;

/// <summary>Forbidden symbols in disguise: aliases, generic arguments, var, base classes, scripts.</summary>
internal static partial class HostileCorpus
{
    private static IEnumerable<SandboxCase> Disguises() =>
    [
        new("using alias to a forbidden type", """
            using F = System.IO.File; //!

            public class Snippet
            {
                public string Run() => F.ReadAllText("/etc/passwd");
            }
            """, "ERP1003", "'System.IO.File'"),
        new("alias use site", """
            using F = System.IO.File;

            public class Snippet
            {
                public string Run() => F.ReadAllText("/etc/passwd"); //!
            }
            """, "ERP1003", "'System.IO.File.ReadAllText(string)'"),
        SandboxCase.InMethod("forbidden type in a generic argument", "ERP1003", "'System.IO.FileInfo'", """
                    var files = new List<System.IO.FileInfo>(); //!
            """),
        SandboxCase.InMethod("forbidden type argument of a generic method", "ERP1006", "'System.Threading.Thread'", """
                    var none = Enumerable.Empty<System.Threading.Thread>(); //!
            """),
        SandboxCase.InMethod("forbidden type behind var", "ERP1002", "'System.Reflection.Assembly'", """
                    var assembly = typeof(string).Assembly; //!
            """),
        SandboxCase.InMethod("forbidden type in a dictionary value", "ERP1002", "'System.Reflection.MethodInfo'", """
                    var methods = new Dictionary<string, System.Reflection.MethodInfo>(); //!
            """),
        new("forbidden base class", """
            public abstract class Leaky : System.IO.Stream //!
            {
            }
            """, "ERP1003", "'System.IO.Stream'"),
        new("forbidden interface", """
            public sealed class Later : IAsyncDisposable //!
            {
                public System.Threading.Tasks.ValueTask DisposeAsync() => default;
            }
            """, "ERP1007", "'System.IAsyncDisposable'"),
        new("forbidden type in a generic constraint", """
            public class Holder<T> where T : System.IO.Stream //!
            {
            }
            """, "ERP1003", "'System.IO.Stream'"),
        SandboxCase.InScript("a script starting a process", "ERP1005", "'System.Diagnostics.Process.Start(string)'", """
            var total = Document!.GetDecimal("Total");
            System.Diagnostics.Process.Start("/bin/sh"); //!
            return total;
            """),
        SandboxCase.InScript("a script reading a file", "ERP1003", "'System.IO.File.Exists(string)'", """
            return System.IO.File.Exists("/etc/passwd"); //!
            """),
    ];
}
