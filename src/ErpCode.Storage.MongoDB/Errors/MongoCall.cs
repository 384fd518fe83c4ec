namespace ErpCode.Storage.MongoDB.Errors;

/// <summary>Runs a driver call and rethrows its failure as the store's exception when <see cref="MongoErrorMapper"/> knows it.</summary>
internal static class MongoCall
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> call, MongoErrorContext context)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call();
        }
        catch (Exception ex) when (MongoErrorMapper.TryMap(ex, context, out var mapped))
        {
            throw mapped;
        }
    }

    public static async Task RunAsync(Func<Task> call, MongoErrorContext context)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            await call();
        }
        catch (Exception ex) when (MongoErrorMapper.TryMap(ex, context, out var mapped))
        {
            throw mapped;
        }
    }
}
