namespace ErpCode.Scripting.Globals;

/// <summary>The clock stored code reads, from the host's <see cref="TimeProvider"/> (tests can fix it).</summary>
internal sealed class SiteClock(TimeProvider time) : IClock
{
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
