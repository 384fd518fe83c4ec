namespace ErpCode.Scripting.Tests.Sandbox;

/// <summary>Escapes to the machine: files, network, processes, environment, runtime internals, console, native code.</summary>
internal static partial class HostileCorpus
{
    private static IEnumerable<SandboxCase> Machine() =>
    [
        SandboxCase.InMethod("File.ReadAllText", "ERP1003", "'System.IO.File.ReadAllText(string)'", """
                    var secrets = System.IO.File.ReadAllText("/etc/passwd"); //!
            """),
        SandboxCase.InMethod("Directory.GetFiles", "ERP1003", "'System.IO.Directory.GetFiles(string)'", """
                    var files = System.IO.Directory.GetFiles("/"); //!
            """),
        SandboxCase.InMethod("new FileStream", "ERP1003", "'System.IO.FileStream.FileStream(string, System.IO.FileMode)'", """
                    using var stream = new System.IO.FileStream("/tmp/x", System.IO.FileMode.Create); //!
            """),
        SandboxCase.InMethod("Path.Combine", "ERP1003", "'System.IO.Path.Combine(string, string)'", """
                    var path = System.IO.Path.Combine("/", "etc"); //!
            """),
        SandboxCase.InMethod("catching IOException", "ERP1003", "'System.IO.IOException'", """
                    try { }
                    catch (System.IO.IOException) { } //!
            """),
        SandboxCase.InMethod("HttpClient", "ERP1004", "'System.Net.Http.HttpClient", """
                    var client = new System.Net.Http.HttpClient(); //!
            """),
        SandboxCase.InMethod("Socket", "ERP1004", "'System.Net.Sockets.Socket", """
                    var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp); //!
            """),
        SandboxCase.InMethod("WebRequest.Create", "ERP1004", "'System.Net.WebRequest.Create(string)'", """
                    var request = System.Net.WebRequest.Create("http://example.com"); //!
            """),
        SandboxCase.InMethod("Dns.GetHostAddresses", "ERP1004", "'System.Net.Dns.GetHostAddresses(string)'", """
                    var addresses = System.Net.Dns.GetHostAddresses("example.com"); //!
            """),
        SandboxCase.InMethod("Process.Start", "ERP1005", "'System.Diagnostics.Process.Start(string)'", """
                    System.Diagnostics.Process.Start("/bin/sh"); //!
            """),
        SandboxCase.InMethod("Debugger.Launch", "ERP1005", "'System.Diagnostics.Debugger.Launch()'", """
                    System.Diagnostics.Debugger.Launch(); //!
            """),
        new("Debug.Fail after #define DEBUG", """
            #define DEBUG
            public class Snippet
            {
                public void Run() => System.Diagnostics.Debug.Fail("bye"); //!
            }
            """, "ERP1005", "'System.Diagnostics.Debug.Fail(string)'"),
        SandboxCase.InMethod("Environment.Exit", "ERP1008", "'System.Environment.Exit(int)'", """
                    Environment.Exit(1); //!
            """),
        SandboxCase.InMethod("Environment.GetEnvironmentVariable", "ERP1008", "'System.Environment.GetEnvironmentVariable(string)'", """
                    var connection = Environment.GetEnvironmentVariable("Storage__ConnectionString"); //!
            """),
        SandboxCase.InMethod("Environment.FailFast", "ERP1008", "'System.Environment.FailFast(string)'", """
                    Environment.FailFast("bye"); //!
            """),
        SandboxCase.InMethod("AppContext.SetSwitch", "ERP1008", "'System.AppContext.SetSwitch(string, bool)'", """
                    AppContext.SetSwitch("System.Globalization.Invariant", true); //!
            """),
        SandboxCase.InMethod("DateTime.Now instead of Clock", "ERP1008", "'System.DateTime.Now'", """
                    var now = DateTime.Now; //!
            """),
        SandboxCase.InMethod("setting CultureInfo.CurrentCulture", "ERP1008", "'System.Globalization.CultureInfo.CurrentCulture'", """
                    System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture; //!
            """),
        SandboxCase.InMethod("AppDomain.CurrentDomain", "ERP1009", "'System.AppDomain.CurrentDomain'", """
                    var domain = AppDomain.CurrentDomain; //!
            """),
        SandboxCase.InMethod("AssemblyLoadContext", "ERP1009", "'System.Runtime.Loader.AssemblyLoadContext.Default'", """
                    var context = System.Runtime.Loader.AssemblyLoadContext.Default; //!
            """),
        SandboxCase.InMethod("GC.Collect", "ERP1009", "'System.GC.Collect()'", """
                    GC.Collect(); //!
            """),
        SandboxCase.InMethod("string.Intern", "ERP1009", "'System.String.Intern(string)'", """
                    var interned = string.Intern("x"); //!
            """),
        SandboxCase.InMethod("Console.WriteLine", "ERP1010", "'System.Console.WriteLine(string)'", """
                    Console.WriteLine("hello"); //!
            """),
        new("Console through using static", """
            using static System.Console;

            public class Snippet
            {
                public void Run() => WriteLine("hello"); //!
            }
            """, "ERP1010", "'System.Console.WriteLine(string)'"),
        SandboxCase.InMethod("Marshal.AllocHGlobal", "ERP1011", "'System.Runtime.InteropServices.Marshal.AllocHGlobal(int)'", """
                    var memory = System.Runtime.InteropServices.Marshal.AllocHGlobal(16); //!
            """),
        SandboxCase.InMethod("NativeLibrary.Load", "ERP1011", "'System.Runtime.InteropServices.NativeLibrary.Load(string)'", """
                    var handle = System.Runtime.InteropServices.NativeLibrary.Load("libc"); //!
            """),
        new("DllImport attribute", """
            public static class Snippet
            {
                [System.Runtime.InteropServices.DllImport("libc")] //!
                private static extern int getpid();
            }
            """, "ERP1011", "'System.Runtime.InteropServices.DllImportAttribute"),
        new("extern method", """
            public static class Snippet
            {
                [System.Runtime.InteropServices.DllImport("libc")]
                private static extern int getpid(); //!
            }
            """, "ERP1011", "'extern'"),
        new("forbidden attribute StructLayout", """
            [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)] //!
            public struct Overlay
            {
                public int Number;
            }
            """, "ERP1011", "'System.Runtime.InteropServices.StructLayoutAttribute"),
    ];
}
