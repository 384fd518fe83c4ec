using ErpCode.Core.Components;

namespace ErpCode.Portal.Consultant.Components;

/// <summary>The source a new component starts from, per kind: the smallest thing that compiles.</summary>
public static class ComponentSkeletons
{
    public static string For(ComponentKind kind, string reference) => kind switch
    {
        ComponentKind.Document => $$"""
            using ErpCode.Scripting;

            /// <summary>The behaviour of {{reference}} documents.</summary>
            public sealed class {{reference}} : DocumentClass
            {
            }

            """,
        ComponentKind.Module => $$"""
            /// <summary>Helpers shared by other components.</summary>
            public static class {{reference}}
            {
            }

            """,
        ComponentKind.Test => $$"""
            using ErpCode.Scripting;

            public sealed class {{reference}} : SiteTest
            {
                [Test]
                public void Two_and_two_make_four()
                {
                    Equal(4, 2 + 2, "the sum");
                }
            }

            """,
        ComponentKind.Script => "// Statements run with Document, User, Portal and Log in scope.\nLog.Info(\"Hello\");\n",
        _ => "true\n",
    };
}
