using Microsoft.CodeAnalysis;

namespace ErpCode.Scripting.Sandbox;

/// <summary>
/// Applies the allow-list to the symbols one compilation references, caching verdicts per definition. Symbols
/// declared by the compilation itself (and earlier script submissions) and by the site's compiled modules are always
/// allowed: their bodies are checked.
/// </summary>
internal sealed class SandboxSymbolPolicy
{
    private readonly SandboxAllowList _allowList;
    private readonly HashSet<IAssemblySymbol> _sourceAssemblies = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, SandboxVerdict> _verdicts = new(SymbolEqualityComparer.Default);

    public SandboxSymbolPolicy(SandboxAllowList allowList, Microsoft.CodeAnalysis.Compilation compilation)
    {
        _allowList = allowList;
        for (var c = compilation; c is not null; c = c.ScriptCompilationInfo?.PreviousScriptCompilation)
        {
            _sourceAssemblies.Add(c.Assembly);
        }

        // The site's modules are stored code too, checked when they were compiled: what they declare is the
        // user's own, like source.
        foreach (var reference in compilation.References)
        {
            if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly
                && assembly.Name.StartsWith(Compilation.ComponentCompiler.ModulesAssemblyPrefix, StringComparison.Ordinal))
            {
                _sourceAssemblies.Add(assembly);
            }
        }
    }

    /// <summary>
    /// The forbidden part of a referenced symbol, or null when stored code may use it. With
    /// <paramref name="withTypeArguments"/>, type arguments the source does not spell out (var, inferred method type
    /// arguments, aliases) are checked too; spelled-out ones are checked where they are written.
    /// </summary>
    public SandboxRejection? Check(ISymbol symbol, bool withTypeArguments) => symbol switch
    {
        IAliasSymbol alias => Check(alias.Target, withTypeArguments),
        ITypeSymbol type => CheckType(type, withTypeArguments),
        IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol => CheckMember(symbol, withTypeArguments),
        _ => null,
    };

    /// <summary>False only for a referenced type of which just some members are allowed (such as Regex).</summary>
    public bool MayDeriveFrom(INamedTypeSymbol type) =>
        IsFromSource(type) || TypeVerdict(type.OriginalDefinition).Access != SandboxAccess.MembersOnly;

    public bool IsFromSource(ISymbol symbol) =>
        symbol.ContainingAssembly is { } assembly && _sourceAssemblies.Contains(assembly);

    private SandboxRejection? CheckType(ITypeSymbol type, bool withTypeArguments)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return CheckType(array.ElementType, withTypeArguments);
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return new SandboxRejection(type, SandboxCategory.Unsafe);
            case { TypeKind: TypeKind.Dynamic }:
                return new SandboxRejection(type, SandboxCategory.Dynamic);
            case INamedTypeSymbol named when named.TypeKind != TypeKind.Error:
                if (!named.IsAnonymousType && !named.IsImplicitlyDeclared && !IsFromSource(named))
                {
                    var verdict = TypeVerdict(named.OriginalDefinition);
                    if (verdict.IsRejected)
                    {
                        return new SandboxRejection(named, verdict.Category);
                    }
                }

                return withTypeArguments ? CheckTypeArguments(named) : null;
            default:
                return null;
        }
    }

    private SandboxRejection? CheckTypeArguments(INamedTypeSymbol named)
    {
        foreach (var argument in named.TypeArguments)
        {
            if (CheckType(argument, withTypeArguments: true) is { } rejection)
            {
                return rejection;
            }
        }

        return named.ContainingType is { IsGenericType: true } outer ? CheckType(outer, withTypeArguments: true) : null;
    }

    private SandboxRejection? CheckMember(ISymbol member, bool withTypeArguments)
    {
        // An extension method called as x.M() is judged (and shown) as its static declaration.
        var shown = member is IMethodSymbol { ReducedFrom: { } unreduced } ? unreduced : member;
        var definition = shown.OriginalDefinition;
        if (definition.ContainingType is { } type && !type.IsAnonymousType && !IsFromSource(definition))
        {
            var verdict = MemberVerdict(definition, type.OriginalDefinition);
            if (verdict.IsRejected)
            {
                return new SandboxRejection(shown, verdict.Category);
            }
        }

        if (withTypeArguments && member is IMethodSymbol { IsGenericMethod: true } method)
        {
            foreach (var argument in method.TypeArguments)
            {
                if (CheckType(argument, withTypeArguments: true) is { } rejection)
                {
                    return rejection;
                }
            }
        }

        return null;
    }

    private SandboxVerdict TypeVerdict(INamedTypeSymbol definition)
    {
        if (!_verdicts.TryGetValue(definition, out var verdict))
        {
            verdict = _allowList.DecideType(definition);
            _verdicts.Add(definition, verdict);
        }

        return verdict;
    }

    private SandboxVerdict MemberVerdict(ISymbol definition, INamedTypeSymbol type)
    {
        if (!_verdicts.TryGetValue(definition, out var verdict))
        {
            verdict = _allowList.DecideMember(definition, type, TypeVerdict(type));
            _verdicts.Add(definition, verdict);
        }

        return verdict;
    }
}
