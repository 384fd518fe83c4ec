using ErpCode.Scripting.Runtime;

namespace ErpCode.Scripting.Tests.Budgets;

public sealed class ScriptBudgetExceptionTests
{
    [Fact]
    public void Timeout_NamesTheLimitAndItsValue()
    {
        var exception = new ScriptTimeoutException(TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(2013));

        Assert.Equal("The code ran longer than its time budget of 2 s (stopped after 2.013 s).", exception.Message);
        Assert.Equal("Timeout", exception.LimitName);
        Assert.Equal("2 s", exception.Limit);
        Assert.Equal("2.013 s", exception.Measured);
    }

    [Fact]
    public void Allocation_NamesTheLimitInBytes()
    {
        var exception = new ScriptAllocationException(16L * 1024 * 1024, 17_000_000);

        Assert.Equal("The code allocated more than its allocation budget of 16 MiB (16,777,216 bytes) (allocated 16.2 MiB (17,000,000 bytes)).", exception.Message);
        Assert.Equal("MaxAllocatedBytes", exception.LimitName);
    }

    [Fact]
    public void Recursion_SaysWhetherTheDepthOrTheStackStoppedIt()
    {
        var depth = new ScriptRecursionException(64, 65, outOfStack: false);
        var stack = new ScriptRecursionException(null, 12_345, outOfStack: true);

        Assert.Equal("The code nested calls deeper than its recursion budget of 64 calls.", depth.Message);
        Assert.Equal("The code ran out of stack space at a call depth of 12,345 calls.", stack.Message);
        Assert.Equal("Unlimited", stack.Limit);
    }

    [Fact]
    public void Cancelled_SaysWhen()
    {
        var exception = new ScriptCancelledException(TimeSpan.FromMilliseconds(250));

        Assert.Equal("The code was cancelled by its caller after 250 ms.", exception.Message);
        Assert.Equal("Cancellation", exception.LimitName);
    }
}
