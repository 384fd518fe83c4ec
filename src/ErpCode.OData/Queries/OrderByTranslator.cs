using ErpCode.Core.Storage.Queries;
using ErpCode.OData.Errors;
using Microsoft.OData.UriParser;

namespace ErpCode.OData.Queries;

/// <summary>Translates <c>$orderby</c> into the store's sort keys: properties of the entity (and of its money values), up to eight.</summary>
internal static class OrderByTranslator
{
    private const int MaxKeys = 8;

    public static SortField[] Translate(OrderByClause? clause)
    {
        var sort = new List<SortField>();
        for (; clause is not null; clause = clause.ThenBy)
        {
            if (sort.Count == MaxKeys)
            {
                throw ODataRequestException.BadQuery("$orderby", $"$orderby takes at most {MaxKeys} properties.");
            }

            var field = Path(clause.Expression);
            sort.Add(new SortField(field, clause.Direction == OrderByDirection.Descending ? SortDirection.Descending : SortDirection.Ascending));
        }

        return [.. sort];
    }

    private static FieldPath Path(QueryNode node) => node switch
    {
        ConvertNode convert => Path(convert.Source),
        SingleValuePropertyAccessNode { Source: ResourceRangeVariableReferenceNode, Property.Name: "Id" } => FieldPath.Id,
        SingleValuePropertyAccessNode { Source: ResourceRangeVariableReferenceNode, Property.Name: "Version" } => FieldPath.Version,
        SingleValuePropertyAccessNode { Source: ResourceRangeVariableReferenceNode } property => FieldPath.Parse(property.Property.Name),
        SingleValuePropertyAccessNode { Source: SingleComplexNode { Source: ResourceRangeVariableReferenceNode } complex } property => FieldPath.Parse(complex.Property.Name + "." + property.Property.Name),
        _ => throw ODataRequestException.BadQuery("$orderby", $"$orderby can only name properties of the entity; an expression of kind {node.Kind} cannot be sorted on by the store."),
    };
}
