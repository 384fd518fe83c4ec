namespace ErpCode.Scripting;

/// <summary>A check of a Test component did not hold; its message says what was expected.</summary>
public sealed class TestFailedException : Exception
{
    public TestFailedException()
    {
    }

    public TestFailedException(string message)
        : base(message)
    {
    }

    public TestFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
