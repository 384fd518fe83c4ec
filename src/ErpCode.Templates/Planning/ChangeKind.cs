namespace ErpCode.Templates.Planning;

/// <summary>What an operation does to one item.</summary>
public enum ChangeKind
{
    /// <summary>The item is new on the site.</summary>
    Add,

    /// <summary>The site's item is replaced by the template's.</summary>
    Change,

    /// <summary>The item is removed from the site.</summary>
    Remove,

    /// <summary>The site already has the template's item, byte for byte.</summary>
    Unchanged,

    /// <summary>The site's item stays as it is: changed locally where the template did not change it, a conflict resolved KeepLocal, or data kept.</summary>
    KeptLocal,

    /// <summary>The site changed the item locally (or has it without the template) and the operation would overwrite or remove it: the caller resolves it.</summary>
    Conflict,
}
