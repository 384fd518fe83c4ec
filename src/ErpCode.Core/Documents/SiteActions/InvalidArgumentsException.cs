using System.Collections.Immutable;
using ErpCode.Core.Documents.Validation;
using ErpCode.Core.Errors;

namespace ErpCode.Core.Documents.SiteActions;

/// <summary>A site action was given arguments it cannot run with: every problem at once, each named by its parameter; nothing ran.</summary>
public sealed class InvalidArgumentsException : ErpCodeException
{
    public InvalidArgumentsException(string action, ImmutableArray<ValidationError> errors)
        : base(ErpCodeErrorCodes.InvalidArguments, $"{action} cannot run: {string.Join("; ", errors.Select(e => e.Message))}")
    {
        Action = action;
        Errors = errors;
    }

    public string Action { get; }

    /// <summary>One per problem, its path the parameter's name.</summary>
    public ImmutableArray<ValidationError> Errors { get; }
}
