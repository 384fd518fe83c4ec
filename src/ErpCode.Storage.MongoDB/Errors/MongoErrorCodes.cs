namespace ErpCode.Storage.MongoDB.Errors;

/// <summary>The MongoDB server error codes the store acts on (from the server's error_codes.yml).</summary>
internal static class MongoErrorCodes
{
    public const int Unauthorized = 13;
    public const int AuthenticationFailed = 18;
    public const int IllegalOperation = 20;
    public const int IndexNotFound = 27;
    public const int PathNotViable = 28;
    public const int NamespaceExists = 48;
    public const int CommandNotFound = 59;
    public const int IndexOptionsConflict = 85;
    public const int IndexKeySpecsConflict = 86;
    public const int ShutdownInProgress = 91;
    public const int WriteConflict = 112;
    public const int PrimarySteppedDown = 189;
    public const int NoSuchTransaction = 251;
    public const int BsonObjectTooLarge = 10334;
    public const int NotWritablePrimary = 10107;
    public const int DuplicateKey = 11000;
    public const int DuplicateKeyLegacy = 11001;
    public const int InterruptedAtShutdown = 11600;
    public const int InterruptedDueToReplStateChange = 11602;
    public const int DuplicateKeyOnUpdateLegacy = 12582;
    public const int NotPrimaryNoSecondaryOk = 13435;
    public const int NotPrimaryOrSecondary = 13436;
    public const int UpdateResultTooLarge = 17419;
    public const int ReplacementTooLarge = 17420;

    public static bool IsDuplicateKey(int code) => code is DuplicateKey or DuplicateKeyLegacy or DuplicateKeyOnUpdateLegacy;

    public static bool IsTooLarge(int code) => code is BsonObjectTooLarge or UpdateResultTooLarge or ReplacementTooLarge;

    public static bool IsNoPrimary(int code) =>
        code is NotWritablePrimary or NotPrimaryNoSecondaryOk or NotPrimaryOrSecondary or PrimarySteppedDown
            or ShutdownInProgress or InterruptedAtShutdown or InterruptedDueToReplStateChange;
}
