using System.Collections.Immutable;
using System.Reflection;
using ErpCode.Core.Components;
using ErpCode.Scripting.Compilation;
using ErpCode.Scripting.Loading;

namespace ErpCode.Scripting.Snapshots;

/// <summary>
/// Builds a snapshot from the site's components: modules together, then every running Document, Script,
/// Expression and Test component against them, all loaded into one new collectible context. A component that
/// fails to build is left out and reported; the rest of the site keeps working.
/// </summary>
internal sealed class SnapshotBuilder(ComponentCompiler compiler)
{
    public RuntimeSnapshot Build(long revision, IReadOnlyList<Component> components)
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        var running = components.Where(c => c.Runs).ToList();
        CompiledAssembly? modules = null;
        try
        {
            modules = compiler.CompileModules([.. running.Where(c => c.Kind == ComponentKind.Module)]);
        }
        catch (ComponentCompilationException ex)
        {
            problems.Add(ex.Message);
        }

        var compiled = new List<(Component Component, CompiledAssembly Assembly)>();
        foreach (var component in running.Where(c => c.Kind != ComponentKind.Module))
        {
            try
            {
                compiled.Add((component, compiler.CompileComponent(component, modules)));
            }
            catch (ComponentCompilationException ex)
            {
                problems.Add(ex.Message);
            }
        }

        compiler.KeepInUse([.. compiled.Select(c => c.Assembly), .. modules is null ? [] : new[] { modules }]);
        if (compiled.Count == 0 && modules is null)
        {
            return new RuntimeSnapshot(revision, ImmutableDictionary<string, RuntimeComponent>.Empty, null, problems.ToImmutable());
        }

        var context = new ComponentLoadContext(revision, [.. compiled.Select(c => c.Assembly), .. modules is null ? [] : new[] { modules }]);
        var loaded = ImmutableDictionary.CreateBuilder<string, RuntimeComponent>(StringComparer.Ordinal);
        foreach (var (component, assembly) in compiled)
        {
            var loadedAssembly = context.LoadFromAssemblyName(new AssemblyName(assembly.Name));
            loaded[component.Reference] = component.Kind switch
            {
                ComponentKind.Document => new RuntimeComponent(component, FindClass<DocumentClass>(loadedAssembly, component.Reference), null),
                ComponentKind.Script or ComponentKind.Expression => new RuntimeComponent(component, null, ScriptEntry(loadedAssembly)),
                ComponentKind.Test => new RuntimeComponent(component, null, null) { TestClass = FindClass<SiteTest>(loadedAssembly, component.Reference) },
                _ => new RuntimeComponent(component, null, null),
            };
        }

        foreach (var module in running.Where(c => c.Kind == ComponentKind.Module && modules is not null))
        {
            loaded[module.Reference] = new RuntimeComponent(module, null, null);
        }

        return new RuntimeSnapshot(revision, loaded.ToImmutable(), context, problems.ToImmutable());
    }

    private static Type? FindClass<TBase>(Assembly assembly, string reference) =>
        assembly.GetTypes().FirstOrDefault(t => t.Name == reference && typeof(TBase).IsAssignableFrom(t) && !t.IsAbstract);

    /// <summary>The entry Roslyn gives a script: a static factory over the submission array, whose slot 0 holds the globals.</summary>
    private static Func<ScriptGlobals, object?> ScriptEntry(Assembly assembly)
    {
        // The script class is named by the compilation options ("Script" by default); its factory is "<Factory>".
        var factory = assembly.GetTypes()
            .Select(t => t.GetMethod("<Factory>", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .FirstOrDefault(m => m is not null)
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no script factory.");
        var run = factory.CreateDelegate<Func<object?[], Task<object?>>>();

        // Stored code cannot await (the sandbox refuses it), so the task is complete when the factory returns.
        return globals => run([globals, null]).GetAwaiter().GetResult();
    }
}
