using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>A collection name that breaks the naming rule.</summary>
public sealed class InvalidCollectionNameException : StorageException
{
    public InvalidCollectionNameException(string name, string reason)
        : base(ErpCodeErrorCodes.InvalidCollectionName, $"'{name}' is not a valid collection name: {reason}", name)
    {
        Name = name;
    }

    public string Name { get; }
}
