namespace ErpCode.Scripting.Tests.Sandbox;

/// <summary>Unsafe code: pointers, stackalloc, fixed, function pointers, Unsafe, the undocumented keywords, dynamic.</summary>
internal static partial class HostileCorpus
{
    private static IEnumerable<SandboxCase> Unsafe() =>
    [
        SandboxCase.InMethod("unsafe block", "ERP1012", "'unsafe'", """
                    unsafe //!
                    {
                    }
            """),
        new("pointer type", """
            public unsafe class Snippet
            {
                public int Read(int* address) => *address; //!
            }
            """, "ERP1012", "pointer type 'int*'"),
        SandboxCase.InMethod("stackalloc", "ERP1012", "'stackalloc'", """
                    Span<byte> buffer = stackalloc byte[1_000_000]; //!
            """),
        new("fixed", """
            public unsafe class Snippet
            {
                public void Run(int[] numbers)
                {
                    fixed (int* first = numbers) //!
                    {
                    }
                }
            }
            """, "ERP1012", "'fixed'"),
        new("function pointer", """
            public unsafe class Snippet
            {
                public int Call(delegate*<int, int> function) => function(1); //!
            }
            """, "ERP1012", "function pointer 'delegate*'"),
        SandboxCase.InMethod("Unsafe.As", "ERP1012", "'System.Runtime.CompilerServices.Unsafe.As", """
                    var text = System.Runtime.CompilerServices.Unsafe.As<string>(value); //!
            """),
        SandboxCase.InMethod("__makeref", "ERP1012", "'__makeref'", """
                    var number = 1;
                    var reference = __makeref(number); //!
            """),
        new("__arglist", """
            public class Snippet
            {
                public void Run(__arglist) //!
                {
                }
            }
            """, "ERP1012", "'__arglist'"),
        SandboxCase.InMethod("dynamic", "ERP1013", "'dynamic'", """
                    dynamic anything = value; //!
                    anything.Whatever();
            """),
    ];
}
