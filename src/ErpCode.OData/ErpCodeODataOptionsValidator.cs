using ErpCode.Core.Storage.Queries;
using Microsoft.Extensions.Options;

namespace ErpCode.OData;

/// <summary>Stops the host at start when an <c>OData</c> setting is out of range; every bad key is reported.</summary>
internal sealed class ErpCodeODataOptionsValidator : IValidateOptions<ErpCodeODataOptions>
{
    public ValidateOptionsResult Validate(string? name, ErpCodeODataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        const string Section = ErpCodeODataOptions.SectionName;
        if (options.MaxPageSize is < 1 or > Query.MaxTake)
        {
            errors.Add($"{Section}:MaxPageSize must be between 1 and {Query.MaxTake}, not {options.MaxPageSize}.");
        }

        if (options.MaxSkip < 0)
        {
            errors.Add($"{Section}:MaxSkip must be 0 or more, not {options.MaxSkip}.");
        }

        if (options.MaxExpandDepth is < 0 or > 10)
        {
            errors.Add($"{Section}:MaxExpandDepth must be between 0 and 10, not {options.MaxExpandDepth}.");
        }

        if (options.MaxExpandCount is < 1 or > 100)
        {
            errors.Add($"{Section}:MaxExpandCount must be between 1 and 100, not {options.MaxExpandCount}.");
        }

        if (options.MaxBatchRequests is < 1 or > 1000)
        {
            errors.Add($"{Section}:MaxBatchRequests must be between 1 and 1000, not {options.MaxBatchRequests}.");
        }

        if (options.MaxRequestBodyBytes is < 1024 or > 100 * 1024 * 1024)
        {
            errors.Add($"{Section}:MaxRequestBodyBytes must be between 1024 and 104857600, not {options.MaxRequestBodyBytes}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
