using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ErpCode.Scripting.Sandbox;

// RS2008 (release tracking) is for analyzer packages; these rules ship inside ErpCode and are listed here and in the
// allow-list header, not in AnalyzerReleases files.
#pragma warning disable RS2008

/// <summary>The sandbox's diagnostics: one rule per kind of escape, all errors, ids ERP1001 and up.</summary>
internal static class SandboxRules
{
    public const string Category = "ErpCode.Sandbox";

    public static readonly DiagnosticDescriptor NotAllowed = Rule("ERP1001", "Not on the sandbox allow-list", "it is not on the sandbox allow-list");

    public static readonly DiagnosticDescriptor Reflection = Rule("ERP1002", "Reflection", "reflection is not available");

    public static readonly DiagnosticDescriptor FileSystem = Rule("ERP1003", "Files and directories", "files and directories are not available; keep data in documents");

    public static readonly DiagnosticDescriptor Network = Rule("ERP1004", "Network", "the network is not available");

    public static readonly DiagnosticDescriptor Process = Rule("ERP1005", "Processes and the debugger", "processes and the debugger are not available");

    public static readonly DiagnosticDescriptor Threading = Rule("ERP1006", "Threads, tasks, timers and locks", "threads, tasks, timers and locks are not available; stored code runs synchronously");

    public static readonly DiagnosticDescriptor Async = Rule("ERP1007", "Async code", "async code is not available; stored code runs synchronously");

    public static readonly DiagnosticDescriptor Environment = Rule("ERP1008", "Machine and process environment", "the machine and process environment is not available; use the globals (Clock, User, Log)");

    public static readonly DiagnosticDescriptor Runtime = Rule("ERP1009", "Runtime internals", "runtime internals (app domains, load contexts, the GC) are not available");

    public static readonly DiagnosticDescriptor Console = Rule("ERP1010", "Console", "the console is not available; write to Log");

    public static readonly DiagnosticDescriptor Interop = Rule("ERP1011", "Native code and interop", "native code and interop are not available");

    public static readonly DiagnosticDescriptor Unsafe = Rule("ERP1012", "Unsafe code", "unsafe code, pointers, stackalloc and fixed are not available");

    public static readonly DiagnosticDescriptor Dynamic = Rule("ERP1013", "Dynamic binding", "dynamic binding is not available");

    public static readonly DiagnosticDescriptor ScriptDirective = Rule("ERP1014", "Script references", "scripts cannot reference assemblies or load files");

    public static readonly DiagnosticDescriptor LineDirective = Rule("ERP1015", "Line directives", "line mapping is ErpCode's, so that diagnostics and stack traces point at the real line");

    public static readonly DiagnosticDescriptor Goto = Rule("ERP1016", "goto", "write a loop; budget checkpoints do not see jumps");

    public static readonly DiagnosticDescriptor StaticState = Rule("ERP1017", "Static state", "static state outlives a call and is shared between users; use const, locals or instance members");

    public static readonly DiagnosticDescriptor OutsideBudget = Rule("ERP1018", "Code outside the budgets", "it would run outside the script budgets (at load, on the GC thread or in a type initializer)");

    public static readonly DiagnosticDescriptor Budget = Rule("ERP1019", "Budget runtime", "the budget runtime is reserved for the checkpoints ErpCode inserts");

    public static readonly DiagnosticDescriptor ReservedName = Rule("ERP1020", "Reserved name", "the name is reserved for ErpCode and the base library, and declaring it would hide theirs");

    public static readonly DiagnosticDescriptor RegexTimeout = Rule("ERP1021", "Regex without a timeout", "use an overload that takes a match timeout (TimeSpan)");

    public static readonly DiagnosticDescriptor Expressions = Rule("ERP1022", "Expression trees", "expression trees and IQueryable compile code the sandbox does not see");

    public static readonly DiagnosticDescriptor BaseType = Rule("ERP1023", "Deriving from a partly allowed type", "only some of its members are allowed, so it cannot be a base type or interface");

    /// <summary>Every rule, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        NotAllowed, Reflection, FileSystem, Network, Process, Threading, Async, Environment, Runtime, Console, Interop, Unsafe,
        Dynamic, ScriptDirective, LineDirective, Goto, StaticState, OutsideBudget, Budget, ReservedName, RegexTimeout, Expressions, BaseType,
    ];

    public static DiagnosticDescriptor For(SandboxCategory category) => category switch
    {
        SandboxCategory.Reflection => Reflection,
        SandboxCategory.FileSystem => FileSystem,
        SandboxCategory.Network => Network,
        SandboxCategory.Process => Process,
        SandboxCategory.Threading => Threading,
        SandboxCategory.Async => Async,
        SandboxCategory.Environment => Environment,
        SandboxCategory.Runtime => Runtime,
        SandboxCategory.Console => Console,
        SandboxCategory.Interop => Interop,
        SandboxCategory.Unsafe => Unsafe,
        SandboxCategory.Dynamic => Dynamic,
        SandboxCategory.Budget => Budget,
        SandboxCategory.OutsideBudget => OutsideBudget,
        SandboxCategory.RegexTimeout => RegexTimeout,
        SandboxCategory.Expressions => Expressions,
        _ => NotAllowed,
    };

    // Every message reads "<subject> is not allowed in stored code: <reason>"; the subject carries its own quotes
    // and kind ("'System.IO.File'", "static field 'Totals.Count'").
    private static DiagnosticDescriptor Rule(string id, string title, string reason) =>
        new(id, title, "{0} is not allowed in stored code: " + reason, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
