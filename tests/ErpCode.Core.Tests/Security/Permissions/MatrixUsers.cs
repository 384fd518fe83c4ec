using System.Collections.Immutable;
using ErpCode.Core.Security;

namespace ErpCode.Core.Tests.Security.Permissions;

/// <summary>The people of the matrix: what they hold site-wide, and what they are given on each expense.</summary>
internal static class MatrixUsers
{
    /// <summary>An Author who drafts every expense of the matrix, so its Owner.</summary>
    public static Caller Alice { get; } = new("alice", ImmutableArray.Create("Author"));

    /// <summary>Another Author: no role on Alice's expenses.</summary>
    public static Caller Bob { get; } = new("bob", ImmutableArray.Create("Author"));

    /// <summary>No site role; Assignee on each expense, given to her by name.</summary>
    public static Caller Carol { get; } = new("carol", ImmutableArray<string>.Empty);

    /// <summary>No site role; Assignee on each expense through the group finance.</summary>
    public static Caller Erin { get; } = new("erin", ImmutableArray<string>.Empty) { Groups = ["finance"] };

    /// <summary>An Auditor: reads, never changes.</summary>
    public static Caller Dave { get; } = new("dave", ImmutableArray.Create("Auditor"));

    /// <summary>A Manager: holds what states give Manager, and no local role.</summary>
    public static Caller Mia { get; } = new("mia", ImmutableArray.Create("Manager"));

    public static Caller ByName(string name) => name switch
    {
        "alice" => Alice,
        "bob" => Bob,
        "carol" => Carol,
        "erin" => Erin,
        "dave" => Dave,
        "mia" => Mia,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a user of the matrix"),
    };
}
