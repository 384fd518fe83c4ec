using System.Collections.Immutable;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Templates.Seed;

/// <summary>
/// One document of a seed file: its id, its properties as the API takes them, then the workflow transitions to fire
/// and the business methods to call, in order (<c>$transitions</c>, <c>$calls</c>), to put it in the state it shows.
/// </summary>
internal sealed record SeedEntry(string PortalType, string Id, DocumentValue Properties, ImmutableArray<string> Transitions, ImmutableArray<string> Calls);
