namespace ErpCode.Scripting.Testing;

/// <summary>One test of a Test component: passed, or failed with the message and where (component and line).</summary>
public sealed record ComponentTestResult(string Component, string Test, bool Passed, string? Message, TimeSpan Duration);
