namespace ErpCode.Core.Types.Expressions;

/// <summary>
/// One C# expression written in a definition. <see cref="Key"/> names where it is written, such as
/// <c>PropertySheet Amounts, property Total (Computed)</c>: it identifies the expression in a compiled set and is
/// what diagnostics and stack traces show.
/// </summary>
public sealed record ExpressionSource(string Key, string Code, ExpressionRole Role);
