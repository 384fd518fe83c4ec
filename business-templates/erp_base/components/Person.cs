using ErpCode.Scripting;

/// <summary>A person: names are kept trimmed, and a person's e-mail is kept in lower case.</summary>
public sealed class Person : DocumentClass
{
    protected override void BeforeSave()
    {
        Document.Set("LastName", Document.GetString("LastName")?.Trim());
        if (Document.GetString("FirstName") is { } first)
        {
            Document.Set("FirstName", first.Trim());
        }

        if (Document.GetString("Email") is { } email)
        {
            Document.Set("Email", email.Trim().ToLowerInvariant());
        }
    }

    /// <summary>The first address of the kind asked for (billing, delivery, office, home), as one line; empty when none.</summary>
    [Exposed(ReadOnly = true)]
    public string AddressOf(string kind) => Addresses.Line(Document, kind);
}
