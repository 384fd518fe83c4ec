namespace ErpCode.Core.Types.Checking;

/// <summary>One fault in a definition: which definition (<c>PropertySheet Amounts</c>), which field (<c>properties[2].type</c>) and what is wrong.</summary>
public sealed record DefinitionProblem(string Definition, string Field, string Message)
{
    public override string ToString() => string.IsNullOrEmpty(Field) ? $"{Definition}: {Message}" : $"{Definition}, {Field}: {Message}";
}
