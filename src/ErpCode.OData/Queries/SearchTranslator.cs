using ErpCode.Core.Storage.Queries;
using ErpCode.OData.Errors;
using ErpCode.OData.Model;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace ErpCode.OData.Queries;

/// <summary>
/// Translates <c>$search</c> into the store's filter: a term (a word, or a "quoted phrase") matches an entity as Core's
/// TextSearch says for a portal type (the portal's search looks at the same fields), or when one of a system set's
/// string properties contains it, ignoring case; <c>AND</c> (or a space), <c>OR</c> and <c>NOT</c> combine terms. The store runs it (a case-insensitive contains on each property), never a filter over loaded entities.
/// </summary>
internal static class SearchTranslator
{
    /// <summary>At most this many terms in one <c>$search</c>: each adds one contains per text property to the store query.</summary>
    public const int MaxTerms = 8;

    public static Filter Translate(SearchClause clause, SiteModel model, IEdmEntityType type)
    {
        var fields = model.SearchFields.TryGetValue(type, out var portalTypeFields)
            ? [.. portalTypeFields]
            : type.StructuralProperties()
                .Where(p => p.Type.IsString())
                .Select(p => p.Name == "Id" ? FieldPath.Id : FieldPath.Parse(p.Name))
                .ToList();
        if (fields.Count == 0)
        {
            throw ODataRequestException.BadQuery("$search", $"{type.Name} has no text property to search.");
        }

        var terms = 0;
        return Translate(clause.Expression, fields, ref terms);
    }

    private static Filter Translate(SingleValueNode node, List<FieldPath> fields, ref int terms)
    {
        switch (node)
        {
            case SearchTermNode term:
                if (++terms > MaxTerms)
                {
                    throw ODataRequestException.BadQuery("$search", $"$search takes at most {MaxTerms} terms.");
                }

                return Core.Documents.Search.TextSearch.Term(fields, term.Text);
            case BinaryOperatorNode { OperatorKind: BinaryOperatorKind.And } and:
                return Filter.And(Translate(and.Left, fields, ref terms), Translate(and.Right, fields, ref terms));
            case BinaryOperatorNode { OperatorKind: BinaryOperatorKind.Or } or:
                return Filter.Or(Translate(or.Left, fields, ref terms), Translate(or.Right, fields, ref terms));
            case UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not } not:
                return Filter.Not(Translate(not.Operand, fields, ref terms));
            default:
                throw ODataRequestException.BadQuery("$search", "$search takes words, \"quoted phrases\", AND, OR, NOT and parentheses.");
        }
    }
}
