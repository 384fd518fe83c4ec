using ErpCode.Core.Errors;

namespace ErpCode.Templates.Errors;

/// <summary>
/// Base of every refusal of a business template operation; nothing was changed on the site. Each subclass carries a
/// stable <see cref="ErpCodeException.Code"/> from <see cref="TemplateErrorCodes"/> and the fields that name what is at fault.
/// </summary>
public abstract class TemplateException : ErpCodeException
{
    private protected TemplateException(string code, string message)
        : base(code, message)
    {
    }
}
