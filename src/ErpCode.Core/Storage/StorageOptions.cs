using System.ComponentModel.DataAnnotations;

namespace ErpCode.Core.Storage;

/// <summary>The <c>Storage</c> section of appsettings.json.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The backend: <c>Sqlite</c> (the default, one file, no setup) or <c>MongoDB</c>.</summary>
    [Required]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>
    /// For SQLite, an ADO.NET string such as <c>Data Source=data/erpcode.db</c> (the default; a relative path is
    /// taken from the folder of appsettings.json). For MongoDB, a <c>mongodb://</c> URL.
    /// </summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/erpcode.db";

    /// <summary>The MongoDB database; defaults to the one in the URL, else <c>erpcode</c>.</summary>
    public string? Database { get; set; }

    /// <summary>How often each node reads the site revision to notice changes. Defaults to 500 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan RevisionPollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a write waits for a lock held by another writer before failing. Defaults to 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long MongoDB server selection may take before the store is reported unavailable. Defaults to 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// SQLite only: <c>Full</c> (the default) makes every commit durable before it returns (one fsync per commit);
    /// <c>Normal</c> lets WAL commits return before they reach the disk, several times faster on slow disks, at the
    /// risk of losing the last commits (never of corrupting the file) on a power cut or OS crash. MongoDB takes its
    /// write concern from the connection string.
    /// </summary>
    [RegularExpression("^(Full|Normal)$", ErrorMessage = "Storage:Synchronous must be Full or Normal.")]
    public string Synchronous { get; set; } = "Full";

    /// <summary>The folder relative paths in <see cref="ConnectionString"/> are taken from; set by the host to the folder of appsettings.json.</summary>
    public string? BaseDirectory { get; set; }
}
