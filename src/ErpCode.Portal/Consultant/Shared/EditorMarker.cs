namespace ErpCode.Portal.Consultant.Shared;

/// <summary>A problem shown in the code editor at a 1-based line and column; <see cref="Severity"/> is Error, Warning or Info.</summary>
public sealed record EditorMarker(int Line, int Column, string Severity, string Message);
