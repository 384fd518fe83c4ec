using ErpCode.Core.Storage;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Stops the host at start when <c>Storage:Provider</c> names no registered backend.</summary>
internal sealed class StorageOptionsValidator(IEnumerable<StorageProviderRegistration> providers) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var known = providers.Select(p => p.Name).ToList();
        if (!known.Contains(options.Provider, StringComparer.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail($"Storage:Provider '{options.Provider}' is not known; use one of: {string.Join(", ", known)}.");
        }

        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? ValidateOptionsResult.Fail("Storage:ConnectionString is empty.")
            : ValidateOptionsResult.Success;
    }
}
