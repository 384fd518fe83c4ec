namespace ErpCode.Core.Errors;

/// <summary>Stable error codes, grouped by area. Clients may rely on them; never rename one.</summary>
public static class ErpCodeErrorCodes
{
    public const string DocumentNotFound = "Storage.DocumentNotFound";
    public const string DuplicateDocument = "Storage.DuplicateDocument";
    public const string ConcurrencyConflict = "Storage.ConcurrencyConflict";
    public const string UniqueConstraint = "Storage.UniqueConstraint";
    public const string UnknownCollection = "Storage.UnknownCollection";
    public const string InvalidCollectionName = "Storage.InvalidCollectionName";
    public const string InvalidDocumentId = "Storage.InvalidDocumentId";
    public const string InvalidDocument = "Storage.InvalidDocument";
    public const string InvalidFieldPath = "Storage.InvalidFieldPath";
    public const string InvalidFilter = "Storage.InvalidFilter";
    public const string InvalidQuery = "Storage.InvalidQuery";
    public const string InvalidPatch = "Storage.InvalidPatch";
    public const string InvalidContinuationToken = "Storage.InvalidContinuationToken";
    public const string DocumentTooLarge = "Storage.DocumentTooLarge";
    public const string StoreUnavailable = "Storage.StoreUnavailable";
    public const string StoreCorrupt = "Storage.StoreCorrupt";
    public const string StoreBusy = "Storage.StoreBusy";
    public const string TransactionsNotSupported = "Storage.TransactionsNotSupported";
    public const string TransactionState = "Storage.TransactionState";
    public const string InvalidComponent = "Components.Invalid";
    public const string StoredCodeFailed = "Components.StoredCodeFailed";
    public const string ExpressionFailed = "Types.ExpressionFailed";
    public const string InvalidDefinition = "Types.InvalidDefinition";
    public const string UnknownPortalType = "Documents.UnknownPortalType";
    public const string ValidationFailed = "Documents.ValidationFailed";
    public const string DocumentInUse = "Documents.InUse";
    public const string UnknownBusinessMethod = "Documents.UnknownBusinessMethod";
    public const string UnknownSiteAction = "Documents.UnknownSiteAction";
    public const string InvalidArguments = "Documents.InvalidArguments";
    public const string SiteActionRefused = "Documents.SiteActionRefused";
    public const string TransitionNotAvailable = "Workflows.TransitionNotAvailable";
    public const string TransitionRefused = "Workflows.TransitionRefused";
    public const string UnknownWorklist = "Workflows.UnknownWorklist";
    public const string InteractionRefused = "Workflows.InteractionRefused";
    public const string PermissionDenied = "Security.PermissionDenied";
    public const string AuthenticationFailed = "Security.AuthenticationFailed";
    public const string InvalidUser = "Security.InvalidUser";
    public const string UnknownUser = "Security.UnknownUser";
    public const string TooManyRequests = "Security.TooManyRequests";
    public const string InvalidRequest = "Request.Invalid";
}
