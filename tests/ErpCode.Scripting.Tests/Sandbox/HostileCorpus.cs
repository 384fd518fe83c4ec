namespace ErpCode.Scripting.Tests.Sandbox;

/// <summary>
/// Stored code that tries to leave the sandbox, one escape per case. Each case names the rule it must trip and a
/// part of the message (the forbidden symbol), on the line marked <c>//!</c>.
/// </summary>
internal static partial class HostileCorpus
{
    public static IReadOnlyList<SandboxCase> All { get; } =
    [
        .. Reflection(),
        .. Machine(),
        .. Threads(),
        .. Unsafe(),
        .. Language(),
        .. Disguises(),
    ];

    public static SandboxCase Named(string name) => All.Single(c => c.Name == name);

    private static IEnumerable<SandboxCase> Reflection() =>
    [
        SandboxCase.InMethod("typeof(string).Assembly", "ERP1002", "'System.Type.Assembly'", """
                    var assembly = typeof(string).Assembly; //!
            """),
        SandboxCase.InMethod("Type.GetType(string)", "ERP1002", "'System.Type.GetType(string)'", """
                    var file = Type.GetType("System.IO.File"); //!
            """),
        SandboxCase.InMethod("Activator.CreateInstance", "ERP1002", "'System.Activator.CreateInstance(System.Type)'", """
                    var list = Activator.CreateInstance(typeof(List<int>)); //!
            """),
        SandboxCase.InMethod("delegate Method property", "ERP1002", "'System.Delegate.Method'", """
                    Func<int> answer = () => 42;
                    var method = answer.Method; //!
            """),
        SandboxCase.InMethod("GetType().GetMethod", "ERP1002", "'System.Type.GetMethod(string)'", """
                    var method = value.GetType().GetMethod("ToString"); //!
            """),
        SandboxCase.InMethod("object.GetType", "ERP1002", "'System.Object.GetType()'", """
                    var type = value.GetType(); //!
            """),
        SandboxCase.InMethod("Type.InvokeMember", "ERP1002", "'System.Type.InvokeMember(", """
                    var copy = typeof(string).InvokeMember("Copy", 0, null, null, null); //!
            """),
        SandboxCase.InMethod("typeof(X).TypeHandle", "ERP1002", "'System.Type.TypeHandle'", """
                    var handle = typeof(string).TypeHandle; //!
            """),
        SandboxCase.InMethod("typeof(X).Name is MemberInfo", "ERP1002", "'System.Reflection.MemberInfo.Name'", """
                    var name = typeof(string).Name; //!
            """),
        SandboxCase.InMethod("Exception.TargetSite", "ERP1002", "'System.Exception.TargetSite'", """
                    var site = new InvalidOperationException().TargetSite; //!
            """),
        SandboxCase.InMethod("Delegate.DynamicInvoke", "ERP1002", "'System.Delegate.DynamicInvoke(", """
                    Func<int> answer = () => 42;
                    var result = answer.DynamicInvoke(); //!
            """),
        new("reflection through an extension method", """
            using System.Reflection;

            public class Snippet
            {
                public int Count() => typeof(string).GetRuntimeMethods().Count(); //!
            }
            """, "ERP1002", "'System.Reflection.RuntimeReflectionExtensions.GetRuntimeMethods(System.Type)'"),
        new("UnsafeAccessor to private members", """
            public static class Snippet
            {
                [System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.Method, Name = "Bind")] //!
                public static extern void Bind(DocumentClass target, IDocumentAccess document, ScriptContext context);
            }
            """, "ERP1002", "'System.Runtime.CompilerServices.UnsafeAccessorAttribute"),
    ];
}
