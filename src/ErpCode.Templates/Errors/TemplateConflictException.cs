using System.Collections.Immutable;
using ErpCode.Templates.Planning;

namespace ErpCode.Templates.Errors;

/// <summary>
/// An operation stopped on items the site changed locally (or holds without the template): each needs a resolution,
/// KeepLocal or TakeTemplate; none was given, or Stop was. Nothing was changed.
/// </summary>
public sealed class TemplateConflictException : TemplateException
{
    public TemplateConflictException(ImmutableArray<PlannedChange> conflicts)
        : base(TemplateErrorCodes.Conflict, $"{conflicts.Length} item(s) changed on the site need a resolution (KeepLocal or TakeTemplate): " +
            string.Join("; ", conflicts.Select(c => $"{c.Template}: {c.Key} ({c.Reason})")) + ". Nothing was changed.")
    {
        Conflicts = conflicts;
    }

    public ImmutableArray<PlannedChange> Conflicts { get; }
}
