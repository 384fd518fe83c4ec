using System.Collections.Immutable;

namespace ErpCode.Core.Types.Checking;

/// <summary>
/// The properties every business document has, set by ErpCode and never by a property sheet: the id, the portal
/// type, the version (the ETag), the stamps and the title.
/// </summary>
public static class SystemProperties
{
    public const string Id = "Id";
    public const string PortalType = "PortalType";
    public const string Version = "Version";
    public const string CreatedAt = "CreatedAt";
    public const string ModifiedAt = "ModifiedAt";
    public const string Owner = "Owner";
    public const string ModifiedBy = "ModifiedBy";
    public const string Title = "Title";

    /// <summary>
    /// The local roles given on a document, as entries <c>user:NAME:ROLE</c> or <c>group:NAME:ROLE</c> (see
    /// <see cref="Security.Authorization.LocalRoles"/>); changed only through the document service's local-role call.
    /// </summary>
    public const string LocalRoles = "LocalRoles";

    /// <summary>Names a property sheet cannot use (<see cref="Title"/> is allowed when the type has no title expression).</summary>
    public static ImmutableHashSet<string> Reserved { get; } = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, Id, PortalType, Version, CreatedAt, ModifiedAt, Owner, ModifiedBy, LocalRoles);

    /// <summary>Stamps stored in the body of every top-level document.</summary>
    public static ImmutableArray<string> Stamps { get; } = [CreatedAt, ModifiedAt, Owner, ModifiedBy];
}
