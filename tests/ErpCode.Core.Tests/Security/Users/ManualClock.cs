namespace ErpCode.Core.Tests.Security.Users;

/// <summary>A clock the test moves by hand, for lockout durations and token expiry.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2030, 1, 15, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
