using System.Collections.Immutable;

namespace ErpCode.Server.Sites;

/// <summary>
/// What the server sets up on an empty site (section <c>Site</c>). Both are off unless configured; the repository's
/// appsettings.json turns them on for the quick start.
/// </summary>
internal sealed class SiteOptions
{
    public const string SectionName = "Site";

    /// <summary>
    /// The business templates installed (dependencies first) when the site has none, from <c>business-templates/</c>
    /// beside appsettings.json. A list, or a comma-separated string (so that <c>Site:Templates=""</c> clears the list
    /// of a file). Defaults to none.
    /// </summary>
    public ImmutableArray<string> Templates { get; set; } = [];

    /// <summary>True to load <c>seed/</c> (beside appsettings.json) after installing the templates. Defaults to false.</summary>
    public bool Seed { get; set; }

    /// <summary>Reads the section: an explicit value of <c>Site:Templates</c> (even empty) wins over a list below it.</summary>
    public static void Bind(SiteOptions options, IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var templates = section.GetSection(nameof(Templates));
        options.Templates = templates.Value is { } text
            ? [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [.. templates.GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0)];
        options.Seed = section.GetValue<bool>(nameof(Seed));
    }
}
