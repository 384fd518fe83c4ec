using System.Collections.Immutable;
using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Tests.DocumentSite;
using ErpCode.Scripting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Core.Tests.Components;

/// <summary>Test components run inside the site, as the caller, report each test with its failure and line, and leave nothing behind.</summary>
public sealed class ComponentTestRunnerTests
{
    private const string PersonTests = """
        using ErpCode.Scripting;

        public sealed class PersonTests : SiteTest
        {
            [Test]
            public void A_person_is_created_and_found()
            {
                var ann = Portal.Create("Person", "test-ann", null, new System.Collections.Generic.Dictionary<string, object?> { ["Name"] = "Ann" });
                Equal("Ann", Portal.Find("Person", ann.Id)!.GetString("Name"), "the name read back");
            }

            [Test]
            public void A_wrong_expectation_fails_with_its_message()
            {
                Equal(2, 1 + 2, "the sum");
            }

            [Test]
            public void A_person_without_a_name_is_refused()
            {
                Portal.Create("Person", "", null, new System.Collections.Generic.Dictionary<string, object?>());
            }
        }
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_test_passes_or_fails_with_its_message_and_writes_are_discarded()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        await site.Components.SaveAsync("PersonTests", ComponentKind.Test, PersonTests, site.Caller, Ct);
        await site.Runtime.RefreshAsync(Ct);
        var runner = site.Services.GetRequiredService<ComponentTestRunner>();

        var results = await runner.RunAsync(null, site.Caller, Ct);

        Assert.Equal(
            ["A_person_is_created_and_found", "A_person_without_a_name_is_refused", "A_wrong_expectation_fails_with_its_message"],
            results.Select(r => r.Test));
        Assert.True(results[0].Passed, results[0].Message);
        Assert.False(results[1].Passed);
        Assert.Contains("Name", results[1].Message, StringComparison.Ordinal);
        Assert.Equal("the sum: expected 2, got 3 (PersonTests (Test, v1) line 15)", results[2].Message);
        Assert.Equal(0, await site.Documents.CountAsync("Person", null, site.Caller, Ct));
    }

    [Fact]
    public async Task Running_tests_needs_ManageCode_and_an_unknown_test_component_is_named()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        var runner = site.Services.GetRequiredService<ComponentTestRunner>();

        await Assert.ThrowsAsync<PermissionDeniedException>(() => runner.RunAsync(null, new Caller("alice", ImmutableArray.Create("Author")), Ct));
        var unknown = await Assert.ThrowsAsync<InvalidComponentException>(() => runner.RunAsync("NoSuchTests", site.Caller, Ct));
        Assert.Contains("NoSuchTests", unknown.Message, StringComparison.Ordinal);
    }
}
