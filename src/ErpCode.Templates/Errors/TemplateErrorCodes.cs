namespace ErpCode.Templates.Errors;

/// <summary>Stable error codes of business template operations. Clients may rely on them; never rename one.</summary>
public static class TemplateErrorCodes
{
    public const string Format = "Templates.Format";
    public const string Dependency = "Templates.Dependency";
    public const string Conflict = "Templates.Conflict";
    public const string InUse = "Templates.InUse";
    public const string NotInstalled = "Templates.NotInstalled";
    public const string Version = "Templates.Version";
}
