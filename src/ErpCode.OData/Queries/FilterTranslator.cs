using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.OData.Errors;
using Microsoft.OData.UriParser;

namespace ErpCode.OData.Queries;

/// <summary>
/// Translates a parsed <c>$filter</c> into the store's <see cref="Filter"/>, so the store selects the documents (never
/// an evaluation over a whole collection in memory). Comparisons, <c>and/or/not</c>, <c>in</c>, contains/startswith/
/// endswith (case-insensitive through tolower/toupper), and <c>any/all</c> over children and lists are translated;
/// anything else is a 400 naming the part.
/// </summary>
internal sealed class FilterTranslator
{
    private const string Target = "$filter";
    private readonly Stack<string> _lambdas = new();

    public static Filter Translate(FilterClause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return new FilterTranslator().Condition(clause.Expression);
    }

    private Filter Condition(QueryNode node) => node switch
    {
        ConvertNode convert => Condition(convert.Source),
        BinaryOperatorNode { OperatorKind: BinaryOperatorKind.And } and => Filter.And(Condition(and.Left), Condition(and.Right)),
        BinaryOperatorNode { OperatorKind: BinaryOperatorKind.Or } or => Filter.Or(Condition(or.Left), Condition(or.Right)),
        BinaryOperatorNode binary => Comparison(binary),
        UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not } not => Filter.Not(Condition(not.Operand)),
        SingleValueFunctionCallNode call => StringMatch(call),
        InNode @in => In(@in),
        AnyNode any => Any(any.Source, any.CurrentRangeVariable, any.Body),
        AllNode all => Filter.Not(Any(all.Source, all.CurrentRangeVariable, new UnaryOperatorNode(UnaryOperatorKind.Not, all.Body))),
        SingleValuePropertyAccessNode property => Filter.Eq(Field(property), BoolValue.True),
        ConstantNode { Value: bool value } => value ? Filter.All : Filter.Not(Filter.All),
        _ => throw Untranslatable(Describe(node)),
    };

    private Filter Comparison(BinaryOperatorNode binary)
    {
        var op = binary.OperatorKind switch
        {
            BinaryOperatorKind.Equal => ComparisonOperator.Eq,
            BinaryOperatorKind.NotEqual => ComparisonOperator.Ne,
            BinaryOperatorKind.GreaterThan => ComparisonOperator.Gt,
            BinaryOperatorKind.GreaterThanOrEqual => ComparisonOperator.Ge,
            BinaryOperatorKind.LessThan => ComparisonOperator.Lt,
            BinaryOperatorKind.LessThanOrEqual => ComparisonOperator.Le,
            _ => throw Untranslatable(Describe(binary)),
        };
        var left = Unwrap(binary.Left);
        var right = Unwrap(binary.Right);
        if (left is ConstantNode && right is not ConstantNode)
        {
            (left, right) = (right, left);
            op = op switch
            {
                ComparisonOperator.Gt => ComparisonOperator.Lt,
                ComparisonOperator.Ge => ComparisonOperator.Le,
                ComparisonOperator.Lt => ComparisonOperator.Gt,
                ComparisonOperator.Le => ComparisonOperator.Ge,
                _ => op,
            };
        }

        if (right is not ConstantNode constant)
        {
            throw Untranslatable($"a comparison of {Describe(left)} with {Describe(right)}; compare a property with a literal");
        }

        if (left is SingleValueFunctionCallNode && constant.Value is bool expected && op is ComparisonOperator.Eq or ComparisonOperator.Ne)
        {
            var match = Condition(left);
            return expected == (op == ComparisonOperator.Eq) ? match : Filter.Not(match);
        }

        var field = left is SingleValuePropertyAccessNode property
            ? Field(property)
            : left is NonResourceRangeVariableReferenceNode variable ? Element(variable) : throw Untranslatable($"{Describe(left)} in a comparison; compare a property with a literal");
        var value = Literal(constant);
        if (value is null)
        {
            return op switch
            {
                ComparisonOperator.Eq => Filter.Or(Filter.Not(Filter.Exists(field)), Filter.Eq(field, DocValue.Null)),
                ComparisonOperator.Ne => Filter.And(Filter.Exists(field), Filter.Ne(field, DocValue.Null)),
                _ => throw Untranslatable($"an ordering comparison with null on '{field}'"),
            };
        }

        return new ComparisonFilter(field, op, value);
    }

    private Filter StringMatch(SingleValueFunctionCallNode call)
    {
        var kind = call.Name switch
        {
            "contains" => StringMatchKind.Contains,
            "startswith" => StringMatchKind.StartsWith,
            "endswith" => StringMatchKind.EndsWith,
            var name => throw Untranslatable($"the function '{name}()'"),
        };
        var arguments = call.Parameters.Select(Unwrap).ToList();
        if (arguments is not [var subject, ConstantNode { Value: string text }])
        {
            throw Untranslatable($"{call.Name}() on anything but a property and a text literal");
        }

        var ignoreCase = false;
        if (subject is SingleValueFunctionCallNode { Name: "tolower" or "toupper" } casing && casing.Parameters.Select(Unwrap).SingleOrDefault() is { } inner)
        {
            // tolower(Name) can only contain lower-case text: a literal with capitals matches nothing.
            var folded = casing.Name == "tolower" ? text.ToLowerInvariant() : text.ToUpperInvariant();
            if (!string.Equals(folded, text, StringComparison.Ordinal))
            {
                return Filter.Not(Filter.All);
            }

            ignoreCase = true;
            subject = inner;
        }

        var field = subject switch
        {
            SingleValuePropertyAccessNode property => Field(property),
            NonResourceRangeVariableReferenceNode variable => Element(variable),
            SingleValueFunctionCallNode { Name: "tolower" or "toupper" } => throw Untranslatable($"{call.Name}() over a case function of anything but a property"),
            _ => throw Untranslatable($"{call.Name}() on {Describe(subject)}"),
        };
        return new StringMatchFilter(field, kind, text, ignoreCase);
    }

    private Filter In(InNode node)
    {
        var field = Unwrap(node.Left) switch
        {
            SingleValuePropertyAccessNode property => Field(property),
            NonResourceRangeVariableReferenceNode variable => Element(variable),
            var other => throw Untranslatable($"'in' on {Describe(other)}"),
        };
        if (node.Right is not CollectionConstantNode list)
        {
            throw Untranslatable("'in' with anything but a list of literals");
        }

        var values = list.Collection.Select(c => Literal(c) ?? DocValue.Null).ToArray();
        return Filter.In(field, values);
    }

    private Filter Any(CollectionNode source, RangeVariable variable, SingleValueNode body)
    {
        var field = source switch
        {
            CollectionNavigationNode navigation => Path(navigation.Source, navigation.NavigationProperty.Name),
            CollectionPropertyAccessNode property => Path(property.Source, property.Property.Name),
            CollectionComplexNode complex => Path(complex.Source, complex.Property.Name),
            _ => throw Untranslatable($"any/all over {Describe(source)}"),
        };
        if (body is ConstantNode { Value: true })
        {
            return Filter.AnyElement(field);
        }

        _lambdas.Push(variable.Name);
        try
        {
            return Filter.AnyElement(field, Condition(body));
        }
        finally
        {
            _lambdas.Pop();
        }
    }

    private FieldPath Field(SingleValuePropertyAccessNode property) => Path(property.Source, property.Property.Name);

    /// <summary>The store path of <paramref name="name"/> on <paramref name="source"/>: the envelope's id and version at the root, else a body path.</summary>
    private FieldPath Path(QueryNode source, string name)
    {
        var prefix = Prefix(source);
        if (prefix is null)
        {
            return name switch
            {
                "Id" => FieldPath.Id,
                "Version" => FieldPath.Version,
                _ => FieldPath.Parse(name),
            };
        }

        return FieldPath.Parse(prefix.Length == 0 ? name : prefix + "." + name);
    }

    /// <summary>null for the entity itself, "" for the element of the innermost any/all, or the path of a complex value.</summary>
    private string? Prefix(QueryNode source)
    {
        switch (source)
        {
            case ResourceRangeVariableReferenceNode variable when _lambdas.Count == 0 && variable.Name == "$it":
                return null;
            case ResourceRangeVariableReferenceNode variable when _lambdas.Count > 0 && variable.Name == _lambdas.Peek():
                return string.Empty;
            case ResourceRangeVariableReferenceNode variable:
                throw Untranslatable($"a reference to '{variable.Name}' inside the lambda of another variable; use only the innermost variable");
            case SingleComplexNode complex:
                var outer = Prefix(complex.Source);
                return string.IsNullOrEmpty(outer) ? complex.Property.Name : outer + "." + complex.Property.Name;
            case SingleNavigationNode navigation:
                throw Untranslatable($"a path through the reference '{navigation.NavigationProperty.Name}'; filter on the reference's id property instead");
            default:
                throw Untranslatable(Describe(source));
        }
    }

    private FieldPath Element(NonResourceRangeVariableReferenceNode variable) =>
        _lambdas.Count > 0 && variable.Name == _lambdas.Peek() ? FieldPath.Element : throw Untranslatable($"the variable '{variable.Name}' outside its lambda");

    private static DocValue? Literal(ConstantNode constant) => constant.Value switch
    {
        null => null,
        Microsoft.OData.ODataNullValue => null,
        var value => LiteralValue(value, constant.LiteralText),
    };

    private static DocValue LiteralValue(object value, string? text)
    {
        try
        {
            return Serialization.ValueConverter.FromOData(value, Target);
        }
        catch (ODataRequestException)
        {
            throw Untranslatable($"the literal {text ?? value.ToString()} of type {value.GetType().Name}");
        }
    }

    private static QueryNode Unwrap(QueryNode node) => node is ConvertNode convert ? Unwrap(convert.Source) : node;

    private static string Describe(QueryNode node) => node switch
    {
        SingleValueFunctionCallNode call => $"the function '{call.Name}()'",
        BinaryOperatorNode binary => $"the operator '{binary.OperatorKind.ToString().ToLowerInvariant()}'",
        SingleNavigationNode navigation => $"the reference '{navigation.NavigationProperty.Name}'",
        SingleValuePropertyAccessNode property => $"the property '{property.Property.Name}'",
        ConstantNode constant => $"the literal {constant.LiteralText}",
        _ => $"an expression of kind {node.Kind}",
    };

    private static ODataRequestException Untranslatable(string what) =>
        ODataRequestException.BadQuery(Target, $"$filter cannot use {what}: it cannot be translated into a store query.");
}
