using ErpCode.Core.Types;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Definitions;
using static ErpCode.Core.Tests.Types.Checking.Problems;

namespace ErpCode.Core.Tests.Types.Checking;

public sealed class DefinitionCheckerTests
{
    [Fact]
    public void Check_RealisticSalesSite_HasNoProblems()
    {
        Assert.Empty(DefinitionChecker.Check(SalesSite.Site));
    }

    [Fact]
    public void Check_EmptySite_HasNoProblems()
    {
        Assert.Empty(DefinitionChecker.Check(SiteDefinitions.Empty));
    }

    [Fact]
    public void Check_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => DefinitionChecker.Check(null!));
    }

    [Fact]
    public void Check_SheetNameUsedTwice_IsRefused()
    {
        var site = SalesSite.Site with { PropertySheets = [.. SalesSite.Site.PropertySheets, SalesSite.Amounts] };

        Single(site, "PropertySheet Amounts", "name", "two property sheets have this name");
    }

    [Theory]
    [InlineData("sums", "'sums' must start with a capital letter (A-Z)")]
    [InlineData("Amounts2024!", "may hold only letters, digits and '_'")]
    public void Check_InvalidSheetName_IsRefused(string name, string message)
    {
        Single(SalesSite.Site.With(SalesSite.Amounts with { Name = name }), $"PropertySheet {name}", "name", message);
    }

    [Fact]
    public void Check_BaseCategoryNameUsedTwice_IsRefused()
    {
        var site = SalesSite.Site with { Categories = [SalesSite.Region, SalesSite.Region] };

        Single(site, "BaseCategory region", "name", "two base categories have this name");
    }

    [Fact]
    public void Check_InvalidBaseCategoryName_IsRefused()
    {
        Single(SalesSite.Site.With(new BaseCategory { Name = "sales region" }), "BaseCategory sales region", "name", "the character ' ' is not allowed");
    }

    [Fact]
    public void Check_CategoryItemIdUsedTwiceAtOneLevel_NamesThePath()
    {
        var europe = SalesSite.Region.Items[0];
        var site = SalesSite.Site.With(SalesSite.Region with
        {
            Items = [europe with { Items = [.. europe.Items, new CategoryItem { Id = "france", Title = "France again" }] }, SalesSite.Region.Items[1]],
        });

        Single(site, "BaseCategory region", "items[0].items[2].id", "'france' is used twice at this level");
    }

    [Fact]
    public void Check_SameItemIdAtDifferentLevelsOrBranches_IsAccepted()
    {
        var site = SalesSite.Site.With(new BaseCategory
        {
            Name = "group",
            Items =
            [
                new CategoryItem { Id = "other", Items = [new CategoryItem { Id = "other" }] },
                new CategoryItem { Id = "retail", Items = [new CategoryItem { Id = "other" }] },
            ],
        });

        Assert.Empty(DefinitionChecker.Check(site));
    }

    [Theory]
    [InlineData("north america", "'north america' may hold only letters, digits, '_' and '-' (at most 64)")]
    [InlineData("europe/west", "'europe/west' may hold only letters, digits, '_' and '-'")]
    [InlineData("", "the id is empty")]
    public void Check_CategoryItemIdWithInvalidCharacters_IsRefused(string id, string message)
    {
        var site = SalesSite.Site.With(SalesSite.Region with
        {
            Items = [SalesSite.Region.Items[0], SalesSite.Region.Items[1] with { Items = [new CategoryItem { Id = id }] }],
        });

        Single(site, "BaseCategory region", "items[1].items[0].id", message);
    }

    [Fact]
    public void Check_CategoryItemIdLongerThanSixtyFour_IsRefused()
    {
        var id = new string('a', 65);

        Single(SalesSite.Site.With(new BaseCategory { Name = "group", Items = [new CategoryItem { Id = id }] }), "BaseCategory group", "items[0].id", "(at most 64)");
    }

    [Fact]
    public void Check_SeveralFaults_AreAllReported()
    {
        var site = SalesSite.Site
            .With(SalesSite.Person with { EntitySet = "bad set", IndexedProperties = ["Nope"] })
            .With(new PropertySheet { Name = "Extra", Properties = [new PropertyDefinition { Name = "Id" }, new PropertyDefinition { Name = "N", Type = PropertyType.Int, MaxLength = 3 }] });

        var problems = DefinitionChecker.Check(site);

        Assert.Equal(4, problems.Length);
        Assert.Contains(problems, p => p.Definition == "PortalType Person" && p.Field == "entitySet");
        Assert.Contains(problems, p => p.Definition == "PortalType Person" && p.Field == "indexedProperties[0]");
        Assert.Contains(problems, p => p.Definition == "PropertySheet Extra" && p.Field == "properties[0].name");
        Assert.Contains(problems, p => p.Definition == "PropertySheet Extra" && p.Field == "properties[1].maxLength");
    }
}
