using System.Diagnostics;
using ErpCode.Scripting.Runtime;

namespace ErpCode.Scripting.Tests.Budgets;

/// <summary>Exceptions thrown by rewritten code name the user's lines, read from the PDB emitted for the rewritten tree.</summary>
public sealed class StackTraceLineTests
{
    private const string Source = """
        using System;
        using System.Linq;

        public static class Program
        {
            public static void InLoop()
            {
                for (var i = 0; i < 3; i++)
                {
                    if (i == 2) throw new InvalidOperationException("line 10");
                }
            }

            public static int ExpressionBodied(int x) =>
                x > 0 ? throw new InvalidOperationException("line 15") : 0;

            public static int InLambda() => new[] { 1, 2 }.Select(x =>
                x == 2 ? throw new InvalidOperationException("line 18") : x).Sum();

            public static void InCatch()
            {
                try { throw new ArgumentException(); }
                catch (ArgumentException)
                {
                    throw new InvalidOperationException("line 25");
                }
            }

            public static void Spin()
            {
                var n = 0;
                while (true)
                {
                    n++;
                }
            }
        }
        """;

    [Theory]
    [InlineData("InLoop", 10)]
    [InlineData("ExpressionBodied", 15)]
    [InlineData("InLambda", 18)]
    [InlineData("InCatch", 25)]
    public void Exception_ThrownAtLineN_ReportsLineN_AsWithoutTheRewrite(string method, int line)
    {
        // Act
        var rewritten = ThrowingLine(method, rewrite: true);
        var plain = ThrowingLine(method, rewrite: false);

        // Assert
        Assert.Equal(line, rewritten);
        Assert.Equal(plain, rewritten);
    }

    [Fact]
    public void BudgetException_ReportsTheLineOfTheLoop()
    {
        // Arrange
        using var code = CompiledCode.Load(Source);
        var spin = code.Method<Action>("Spin");

        // Act
        using var scope = BudgetRun.Begin(ScriptLimits.Unlimited with { Timeout = Limit<TimeSpan>.Of(TimeSpan.FromMilliseconds(50)) });
        var exception = Assert.Throws<ScriptTimeoutException>(spin);

        // Assert: the checkpoint sits on the line of the loop body's opening brace.
        var frame = new StackTrace(exception, fNeedFileInfo: true).GetFrames().First(f => f.GetFileName() == CompiledCode.FileName);
        Assert.Equal("Spin", frame.GetMethod()!.Name);
        Assert.Equal(33, frame.GetFileLineNumber());
    }

    private static int ThrowingLine(string method, bool rewrite)
    {
        using var code = CompiledCode.Load(Source, rewrite: rewrite);
        var target = code.Assembly.GetType("Program")!.GetMethod(method)!;
        using var scope = BudgetRun.Begin(ScriptLimits.Unlimited);
        object?[] arguments = target.GetParameters().Length == 0 ? [] : [1];
        var exception = Assert.Throws<InvalidOperationException>(() => target.Invoke(null, System.Reflection.BindingFlags.DoNotWrapExceptions, null, arguments, null));
        Assert.StartsWith("line ", exception.Message, StringComparison.Ordinal);
        var frame = new StackTrace(exception, fNeedFileInfo: true).GetFrames().First(f => f.GetFileName() == CompiledCode.FileName);
        Assert.Contains($"{CompiledCode.FileName}:line {frame.GetFileLineNumber()}", exception.StackTrace, StringComparison.Ordinal);
        return frame.GetFileLineNumber();
    }
}
