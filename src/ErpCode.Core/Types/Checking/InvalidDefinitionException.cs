using System.Collections.Immutable;
using ErpCode.Core.Errors;

namespace ErpCode.Core.Types.Checking;

/// <summary>A definition that cannot be accepted, with every problem found; nothing was saved and the running site is unchanged.</summary>
public sealed class InvalidDefinitionException : ErpCodeException
{
    public InvalidDefinitionException(ImmutableArray<DefinitionProblem> problems)
        : base(ErpCodeErrorCodes.InvalidDefinition, Describe(problems))
    {
        Problems = problems;
    }

    public ImmutableArray<DefinitionProblem> Problems { get; }

    private static string Describe(ImmutableArray<DefinitionProblem> problems) =>
        problems.Length == 1
            ? $"{problems[0]}. Nothing was saved."
            : $"{problems.Length} problems, nothing was saved: " + string.Join("; ", problems);
}
