using ErpCode.Core.Storage;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>A backend the host can choose with <c>Storage:Provider</c>.</summary>
public sealed record StorageProviderRegistration(string Name, Func<IServiceProvider, StorageOptions, IDocumentStore> Create);
