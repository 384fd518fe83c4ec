using ErpCode.Core.Types.Expressions;

namespace ErpCode.Scripting.Expressions;

/// <summary>An expression of a set that parsed as exactly one C# expression: its method index and the file name its <c>#line</c> directive gives it.</summary>
internal sealed record ParsedExpression(int Index, ExpressionSource Source, string FileName);
