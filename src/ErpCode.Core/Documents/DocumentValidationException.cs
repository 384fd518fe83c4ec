using System.Collections.Immutable;
using ErpCode.Core.Documents.Validation;
using ErpCode.Core.Errors;

namespace ErpCode.Core.Documents;

/// <summary>A document that cannot be saved, with every reason at once; nothing was written.</summary>
public sealed class DocumentValidationException : ErpCodeException
{
    public DocumentValidationException(string portalType, string? id, ImmutableArray<ValidationError> errors)
        : base(ErpCodeErrorCodes.ValidationFailed, Describe(portalType, id, errors))
    {
        PortalType = portalType;
        DocumentId = id;
        Errors = errors;
    }

    public string PortalType { get; }

    public string? DocumentId { get; }

    public ImmutableArray<ValidationError> Errors { get; }

    private static string Describe(string portalType, string? id, ImmutableArray<ValidationError> errors)
    {
        var what = id is null ? $"The new {portalType}" : $"{portalType} '{id}'";
        return errors.Length == 1
            ? $"{what} cannot be saved: {errors[0].Message}"
            : $"{what} cannot be saved ({errors.Length} problems): {string.Join("; ", errors.Select(e => e.Message))}";
    }
}
