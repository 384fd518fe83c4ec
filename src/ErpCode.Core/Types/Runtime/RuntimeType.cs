using System.Collections.Frozen;
using System.Collections.Immutable;
using ErpCode.Core.Documents.Ids;
using ErpCode.Core.Documents.Validation;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Expressions;
using FluentValidation;

namespace ErpCode.Core.Types.Runtime;

/// <summary>
/// A portal type resolved for one snapshot: its properties from all its sheets, its child types, its constraints,
/// its id pattern and its validator. Immutable; a snapshot built from unchanged definitions reuses it.
/// </summary>
public sealed class RuntimeType
{
    private readonly FrozenDictionary<string, RuntimeProperty> _byName;
    private readonly FrozenDictionary<string, RuntimeChild> _childrenByProperty;
    private readonly FrozenDictionary<string, Workflows.Definitions.Workflow> _stateVariables;

    internal RuntimeType(PortalType definition, ImmutableArray<PropertySheet> sheets, ImmutableArray<Workflows.Definitions.Workflow> workflows, ImmutableArray<RuntimeChild> children, string fingerprint)
    {
        Workflows = workflows;
        _stateVariables = workflows.Where(w => w.HasStates).ToFrozenDictionary(w => w.StateVariable, StringComparer.Ordinal);
        Definition = definition;
        Fingerprint = fingerprint;
        Properties = [.. sheets.SelectMany(sheet => sheet.Properties.Select(p => new RuntimeProperty(sheet, p)))];
        Constraints = [.. sheets.SelectMany(sheet => sheet.Constraints.Select(c => new RuntimeConstraint(sheet, c)))];
        _byName = Properties.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
        Children = children;
        _childrenByProperty = children.ToFrozenDictionary(c => c.Property, StringComparer.Ordinal);
        TitleKey = string.IsNullOrWhiteSpace(definition.TitleExpression) ? null : ExpressionKeys.Title(definition);
        IdPattern = definition.IdGeneration.Pattern is { Length: > 0 } pattern ? IdPattern.TryParse(pattern, out _) : null;
        Validator = new TypeValidator(this);
    }

    public string Name => Definition.Name;

    public PortalType Definition { get; }

    public ImmutableArray<RuntimeProperty> Properties { get; }

    public ImmutableArray<RuntimeConstraint> Constraints { get; }

    public ImmutableArray<RuntimeChild> Children { get; }

    /// <summary>The workflow chain: each workflow keeps the document's state in its own state variable.</summary>
    public ImmutableArray<Workflows.Definitions.Workflow> Workflows { get; }

    public string? TitleKey { get; }

    /// <summary>The id pattern, or null for GUID ids.</summary>
    public IdPattern? IdPattern { get; }

    /// <summary>The type's definitions as one text (type, sheets, children's fingerprints): equal fingerprints build equal runtime types.</summary>
    internal string Fingerprint { get; }

    internal IValidator<DocumentValue> Validator { get; }

    public RuntimeProperty? Property(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The workflow whose state variable is <paramref name="name"/>, or null.</summary>
    public Workflows.Definitions.Workflow? WorkflowOfStateVariable(string name) => _stateVariables.GetValueOrDefault(name);

    public RuntimeChild? Child(string property) => _childrenByProperty.GetValueOrDefault(property);
}
