using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Errors;
using ErpCode.Storage.MongoDB.Collections;
using MongoDB.Driver;

namespace ErpCode.Storage.MongoDB.Errors;

/// <summary>
/// The one place that turns MongoDB driver failures into the store's exceptions. Messages name the hosts and
/// database (never credentials), the collection, the document and, for a unique index, its declared name.
/// </summary>
internal static partial class MongoErrorMapper
{
    private const string RunAReplicaSet =
        "run MongoDB as a replica set (a single-node replica set is enough: start mongod with --replSet rs0 and run rs.initiate() once)";

    /// <summary>The store's exception for <paramref name="exception"/>, or false when it is not a failure the store knows.</summary>
    public static bool TryMap(Exception exception, MongoErrorContext context, [NotNullWhen(true)] out StorageException? mapped)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(context);
        mapped = Map(exception, context);
        return mapped is not null;
    }

    private static StorageException? Map(Exception exception, MongoErrorContext context)
    {
        switch (exception)
        {
            case StorageException:
                return null;
            case MongoAuthenticationException:
                return AuthenticationFailed(context, exception);
            case MongoBulkWriteException { WriteErrors.Count: > 0 } bulk:
                var first = bulk.WriteErrors[0];
                return MapServerError(first.Code, null, first.Message, context, exception, first.Index);
            case MongoWriteException { WriteError: { } writeError }:
                return MapServerError(writeError.Code, null, writeError.Message, context, exception);
            case MongoCommandException command:
                return MapServerError(command.Code, command.CodeName, command.ErrorMessage ?? command.Message, context, exception);
            case MongoConnectionException when FindAuthenticationFailure(exception) is { } authentication:
                return AuthenticationFailed(context, authentication);
            case MongoConnectionException:
                return new StoreUnavailableException(context.Store, "the connection to the server failed; check that it runs and is reachable from here", exception);
            case MongoConnectionPoolPausedException:
                return new StoreUnavailableException(context.Store, "the server was marked unreachable after a connection failure; the driver retries once it answers", exception);
            case TimeoutException when FindAuthenticationFailure(exception) is { } authentication:
                return AuthenticationFailed(context, authentication);
            case TimeoutException:
                return new StoreUnavailableException(
                    context.Store,
                    "no server answered within the connect timeout (Storage:ConnectTimeout); check that MongoDB runs, and the hosts, ports and replica set name in the connection string",
                    exception);
            default:
                return null;
        }
    }

    /// <summary>Maps a server error by its code; <paramref name="batchIndex"/> picks the document of a bulk write.</summary>
    public static StorageException? MapServerError(int code, string? codeName, string message, MongoErrorContext context, Exception? innerException, int? batchIndex = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        message ??= string.Empty;
        var collection = context.Collection ?? "(unknown)";
        var documentId = context.DocumentIdAt(batchIndex);
        if (MongoErrorCodes.IsDuplicateKey(code))
        {
            var index = DuplicateKeyIndex(message);
            if (index is null || index == "_id_")
            {
                return new DuplicateDocumentException(collection, documentId ?? "(unknown)", innerException);
            }

            return new UniqueConstraintException(collection, IndexNames.DeclaredName(index), documentId, innerException);
        }

        if (MongoErrorCodes.IsTooLarge(code) || codeName == "BSONObjectTooLarge")
        {
            return new DocumentTooLargeException(
                collection,
                documentId ?? "(unknown)",
                Math.Max(context.DocumentSize ?? 0, StoreLimits.MaxDocumentBytes + 1),
                StoreLimits.MaxDocumentBytes);
        }

        if (code == MongoErrorCodes.PathNotViable)
        {
            return new InvalidPatchException(
                PathInMessage(message) ?? "(unknown)",
                "a property on the way holds a value that is not a document",
                context.Collection,
                documentId);
        }

        if (MongoErrorCodes.IsNoPrimary(code))
        {
            return new StoreUnavailableException(context.Store, $"no primary server is available right now ({codeName ?? code.ToString(System.Globalization.CultureInfo.InvariantCulture)}); the replica set may be electing one", innerException);
        }

        return code switch
        {
            MongoErrorCodes.WriteConflict => new StoreBusyException(context.Store, "another transaction is writing the same document", innerException),
            MongoErrorCodes.NoSuchTransaction => new TransactionStateException(
                "the server no longer holds the transaction: it ran longer than the server allows or an earlier failure in it ended it; start a new one"),
            MongoErrorCodes.IllegalOperation when message.Contains("Transaction numbers", StringComparison.Ordinal) =>
                new TransactionsNotSupportedException(context.Store, $"the server is a standalone MongoDB; {RunAReplicaSet}"),
            MongoErrorCodes.AuthenticationFailed => AuthenticationFailed(context, innerException),
            MongoErrorCodes.Unauthorized => new StoreUnavailableException(
                context.Store,
                $"the user of the connection string lacks the rights for this operation (it needs readWrite on the database): {message}",
                innerException),
            _ => null,
        };
    }

    /// <summary>The index named in a duplicate key message ("... index: erp_byCode dup key: ..."), or null.</summary>
    public static string? DuplicateKeyIndex(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var match = DuplicateKeyIndexPattern().Match(message);
        if (!match.Success)
        {
            return null;
        }

        // Servers before 3.4 name the index as "<db>.<collection>.$<index>".
        var name = match.Groups[1].Value;
        var dollar = name.LastIndexOf(".$", StringComparison.Ordinal);
        return dollar >= 0 ? name[(dollar + 2)..] : name;
    }

    public static TransactionsNotSupportedException TransactionsNotSupported(string store) =>
        new(store, $"the server is a standalone MongoDB, which has no multi-document transactions; {RunAReplicaSet}");

    private static StoreUnavailableException AuthenticationFailed(MongoErrorContext context, Exception? innerException) =>
        new(context.Store, "authentication failed; check the user name, the password and authSource in Storage:ConnectionString", innerException);

    private static Exception? FindAuthenticationFailure(Exception exception)
    {
        for (var current = exception.InnerException; current is not null; current = current.InnerException)
        {
            if (current is MongoAuthenticationException)
            {
                return current;
            }
        }

        return null;
    }

    private static string? PathInMessage(string message) =>
        CannotCreateFieldPattern().Match(message) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex(@"index: (\S+)", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateKeyIndexPattern();

    [GeneratedRegex(@"Cannot create field '([^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex CannotCreateFieldPattern();
}
