using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>A filter the store cannot evaluate, such as a comparison of a field with a value of another type. <see cref="Field"/> names the field.</summary>
public sealed class InvalidFilterException : StorageException
{
    public InvalidFilterException(string? field, string reason, string? collection = null)
        : base(ErpCodeErrorCodes.InvalidFilter, field is null ? $"Invalid filter: {reason}" : $"Invalid filter on field '{field}': {reason}", collection)
    {
        Field = field;
    }

    public string? Field { get; }
}
