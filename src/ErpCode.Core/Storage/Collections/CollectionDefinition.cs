using System.Collections.Immutable;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Storage.Collections;

/// <summary>
/// A collection the store holds: its name, the fields whose kind it declares and its indexes.
/// <c>EnsureCollectionAsync</c> creates it, or brings an existing one to this definition.
/// </summary>
public sealed record CollectionDefinition(string Name)
{
    public ImmutableArray<FieldDefinition> Fields { get; init; } = [];

    public ImmutableArray<IndexDefinition> Indexes { get; init; } = [];

    public CollectionDefinition WithField(string path, ValueKind kind) =>
        this with { Fields = Fields.Add(new FieldDefinition(FieldPath.Parse(path), kind)) };

    public CollectionDefinition WithIndex(string name, params string[] paths) =>
        this with { Indexes = Indexes.Add(IndexDefinition.On(name, paths)) };

    public CollectionDefinition WithUniqueIndex(string name, params string[] paths) =>
        this with { Indexes = Indexes.Add(IndexDefinition.On(name, paths) with { Unique = true }) };

    /// <summary>The declared kind of <paramref name="path"/>, or <c>null</c> when the collection does not declare it.</summary>
    public ValueKind? KindOf(FieldPath path)
    {
        if (path.IsSystem)
        {
            return path.SystemKind;
        }

        foreach (var field in Fields)
        {
            if (field.Path == path)
            {
                return field.Kind;
            }
        }

        return null;
    }

    /// <summary>Checks names, and that index and field names are unique; throws naming the first fault.</summary>
    public void Validate()
    {
        CollectionName.Validate(Name);
        var seenFields = new HashSet<FieldPath>();
        foreach (var field in Fields)
        {
            if (field.Path.IsSystem || field.Path.IsElement)
            {
                throw new InvalidFieldPathException(field.Path.ToString(), "system fields and the element path cannot be declared");
            }

            if (field.Kind is ValueKind.Null)
            {
                throw new InvalidFieldPathException(field.Path.ToString(), "a declared field cannot be of kind Null");
            }

            if (!seenFields.Add(field.Path))
            {
                throw new InvalidFieldPathException(field.Path.ToString(), $"the field is declared twice in collection '{Name}'");
            }
        }

        var seenIndexes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var index in Indexes)
        {
            if (!FieldName.IsValid(index.Name) || index.Name.Length > 48)
            {
                throw new InvalidQueryException($"index name '{index.Name}' must be a letter then letters, digits or '_', at most 48 characters", Name);
            }

            if (!seenIndexes.Add(index.Name))
            {
                throw new InvalidQueryException($"index '{index.Name}' is declared twice", Name);
            }

            if (index.Fields.IsDefaultOrEmpty)
            {
                throw new InvalidQueryException($"index '{index.Name}' names no field", Name);
            }
        }
    }
}
