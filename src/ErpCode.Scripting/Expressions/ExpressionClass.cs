using System.Globalization;
using System.Text;
using ErpCode.Scripting.Compilation;

namespace ErpCode.Scripting.Expressions;

/// <summary>
/// The C# of one compiled expression set: a class whose members are the script globals, so expressions read
/// <c>Document</c>, <c>User</c> or <c>Clock</c> unqualified, and per expression a static entry <c>E{n}</c> over an
/// instance method <c>Run{n}</c> that returns it. Each expression's text sits on lines of its own under a
/// <c>#line 1 "file"</c> directive, so its diagnostics and stack frames name the expression and its own lines and columns.
/// </summary>
internal static class ExpressionClass
{
    public const string ClassName = "ErpExpressions";

    /// <summary>The path of the generated lines that belong to no expression.</summary>
    public const string GeneratedPath = "(expressions)";

    /// <summary>What precedes an expression on its first line: the statement has to start on the expression's line 1, so the stack frames of its code name that file and line.</summary>
    public const string Prefix = "return (object?)(";

    public static string EntryName(int index) => "E" + index.ToString(CultureInfo.InvariantCulture);

    public static string BodyName(int index) => "Run" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The source of the class for <paramref name="expressions"/>, each already known to be exactly one C# expression without directives.</summary>
    public static string Generate(IReadOnlyList<ParsedExpression> expressions)
    {
        var text = new StringBuilder();
        foreach (var u in ComponentCompiler.DefaultUsings)
        {
            text.Append("using ").Append(u).Append(";\n");
        }

        text.Append(CultureInfo.InvariantCulture, $$"""
            #nullable enable
            public sealed class {{ClassName}}
            {
                private readonly ScriptGlobals __globals;

                private {{ClassName}}(ScriptGlobals globals) { __globals = globals; }

                public IDocumentAccess Document => __globals.Document!;

                public IPortal Portal => __globals.Portal;

                public IScriptUser User => __globals.User;

                public IScriptLog Log => __globals.Log;

                public IClock Clock => __globals.Clock;

                public IReadOnlyDictionary<string, object?> Parameters => __globals.Parameters;

            """).Append('\n');

        foreach (var expression in expressions)
        {
            // The expression's first line is the return statement's (columns there are shifted by the prefix); the line after it closes the call.
            text.Append(CultureInfo.InvariantCulture, $$"""
                    public static object? {{EntryName(expression.Index)}}(ScriptGlobals globals) => new {{ClassName}}(globals).{{BodyName(expression.Index)}}();

                    private object? {{BodyName(expression.Index)}}()
                    {
                #line 1 "{{expression.FileName}}"
                """).Append('\n')
                .Append(Prefix).Append(expression.Source.Code).Append('\n')
                .Append("""
                #line default
                        );
                    }

                """).Append('\n');
        }

        return text.Append("}\n").ToString();
    }
}
