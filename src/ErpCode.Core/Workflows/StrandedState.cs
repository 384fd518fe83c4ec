using System.Collections.Immutable;

namespace ErpCode.Core.Workflows;

/// <summary>
/// Documents left in a state their workflow no longer has (after an edit removed it): the portal type, the state
/// variable and the state, how many documents, and the ids of the first ones. They are kept as they are; their
/// transitions are refused naming the state until the workflow has it again or they are moved.
/// </summary>
public sealed record StrandedState(string PortalType, string StateVariable, string State, long Count, ImmutableArray<string> FirstIds);
