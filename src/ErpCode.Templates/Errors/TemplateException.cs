namespace ErpCode.Templates.Errors;

/// <summary>
/// Base of every refusal of a business template operation; nothing was changed on the site. Each subclass carries a
/// stable <see cref="Code"/> from <see cref="TemplateErrorCodes"/> and the fields that name what is at fault.
/// </summary>
public abstract class TemplateException : Exception
{
    private protected TemplateException(string code, string message)
        : base(message)
    {
        Code = code;
        Data["ErpCode.Code"] = code;
    }

    /// <summary>The stable machine-readable error code, such as <c>Templates.Conflict</c>.</summary>
    public string Code { get; }
}
