using System.Collections.Immutable;
using ErpCode.Core.Components;

namespace ErpCode.Templates.Items;

/// <summary>A component as a template carries it: reference, kind, source and proxy roles (no history, no state).</summary>
public sealed record ComponentPayload(string Reference, ComponentKind Kind, string Source, ImmutableArray<string> ProxyRoles);
