using System.Globalization;
using ErpCode.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ErpCode.Server.Health;

/// <summary>Reports whether the store answers, with its provider, description (no secrets) and site revision.</summary>
internal sealed class StoreHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = await store.CheckHealthAsync(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["provider"] = health.Provider,
            ["store"] = health.Description,
        };
        if (health.Revision is { } revision)
        {
            data["revision"] = revision.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (key, value) in health.Details)
        {
            data[key] = value;
        }

        return health.IsHealthy
            ? HealthCheckResult.Healthy($"{health.Provider} store is available", data)
            : HealthCheckResult.Unhealthy(health.Problem ?? "the store is unavailable", data: data);
    }
}
