namespace ErpCode.Core.Types.Storage;

/// <summary>The kinds of type definition, each kept in its own collection.</summary>
public enum DefinitionKind
{
    PortalType,
    PropertySheet,
    BaseCategory,
    Workflow,
    Role,
}
