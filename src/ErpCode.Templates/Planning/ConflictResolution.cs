namespace ErpCode.Templates.Planning;

/// <summary>How the caller resolves a conflict on one item. The default, for an item given none, is <see cref="Stop"/>.</summary>
public enum ConflictResolution
{
    /// <summary>Refuse the whole operation; nothing is changed.</summary>
    Stop,

    /// <summary>Keep the site's item as it is (it stays recorded as changed locally).</summary>
    KeepLocal,

    /// <summary>Overwrite (or remove) the site's item with the template's.</summary>
    TakeTemplate,
}
