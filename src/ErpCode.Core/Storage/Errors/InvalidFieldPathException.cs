using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>A field path (such as <c>lines.amount</c>) that breaks the naming rule.</summary>
public sealed class InvalidFieldPathException : StorageException
{
    public InvalidFieldPathException(string path, string reason)
        : base(ErpCodeErrorCodes.InvalidFieldPath, $"'{path}' is not a valid field path: {reason}")
    {
        Path = path;
    }

    public string Path { get; }
}
