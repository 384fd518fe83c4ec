namespace ErpCode.Scripting;

/// <summary>The time, as the site sees it (tests can fix it).</summary>
public interface IClock
{
    /// <summary>The current instant in UTC.</summary>
    DateTime UtcNow { get; }

    /// <summary>Today's date in the site's time zone.</summary>
    DateOnly Today { get; }
}
