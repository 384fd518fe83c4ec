using ErpCode.Templates.Errors;
using ErpCode.Templates.Folders;
using ErpCode.Templates.Installed;

namespace ErpCode.Templates.Planning;

/// <summary>
/// Orders the templates an install needs, dependencies first: a dependency installed on the site must be of a version
/// the range accepts; one not installed is read from the repository and installed before. A missing or incompatible
/// dependency, or a cycle, is refused with <see cref="TemplateDependencyException"/>.
/// </summary>
internal static class DependencyResolver
{
    public static IReadOnlyList<TemplateFolder> Resolve(TemplateFolder root, TemplateRepository? repository, IReadOnlyList<InstalledTemplate> installed)
    {
        var order = new List<TemplateFolder>();
        var path = new List<string>();
        Visit(root);
        return order;

        void Visit(TemplateFolder folder)
        {
            path.Add(folder.Name);
            foreach (var dependency in folder.Manifest.Dependencies)
            {
                if (path.Contains(dependency.Name))
                {
                    throw new TemplateDependencyException(folder.Name, dependency.ToString(), $"the dependencies form a cycle: {string.Join(" -> ", path.SkipWhile(p => p != dependency.Name))} -> {dependency.Name}");
                }

                var planned = order.FirstOrDefault(f => f.Name == dependency.Name);
                var onSite = installed.FirstOrDefault(t => t.Name == dependency.Name);
                if (planned is not null || onSite is not null)
                {
                    var version = planned?.Manifest.Version ?? onSite!.Version;
                    if (!dependency.Versions.Includes(version))
                    {
                        throw new TemplateDependencyException(folder.Name, dependency.ToString(), $"version {version} is {(planned is null ? "installed" : "about to be installed")}, outside the range {dependency.Versions}");
                    }

                    continue;
                }

                if (repository is null || !repository.Contains(dependency.Name))
                {
                    throw new TemplateDependencyException(folder.Name, dependency.ToString(), $"it is not installed and {(repository is null ? "no template folder was given to find it in" : $"{repository.Root} has no folder {dependency.Name}")}");
                }

                var found = repository.Read(dependency.Name);
                if (!dependency.Versions.Includes(found.Manifest.Version))
                {
                    throw new TemplateDependencyException(folder.Name, dependency.ToString(), $"{repository.Root} has version {found.Manifest.Version}, outside the range {dependency.Versions}");
                }

                Visit(found);
            }

            path.RemoveAt(path.Count - 1);
            order.Add(folder);
        }
    }
}
