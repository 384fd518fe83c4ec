namespace ErpCode.Portal.Navigation;

/// <summary>The portal's addresses, written in one place so lists, forms, worklists and search link alike.</summary>
public static class PortalRoutes
{
    public const string Home = "/";

    /// <summary>The list view of a module: <c>/m/{EntitySet}</c>.</summary>
    public static string List(string entitySet) => $"/m/{Uri.EscapeDataString(entitySet)}";

    /// <summary>The form of one document: <c>/m/{EntitySet}/{Id}</c> (ids may hold slashes or spaces, so they are escaped).</summary>
    public static string Document(string entitySet, string id) => $"/m/{Uri.EscapeDataString(entitySet)}/{Uri.EscapeDataString(id)}";

    /// <summary>The form for a new document of a module: <c>/m/{EntitySet}/new</c>.</summary>
    public static string NewDocument(string entitySet) => $"/m/{Uri.EscapeDataString(entitySet)}/new";

    public static string Search(string text) => $"/search?q={Uri.EscapeDataString(text)}";

    /// <summary>The consultant pages' root: <c>/consultant</c>.</summary>
    public const string Consultant = "/consultant";
}
