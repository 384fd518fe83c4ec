using System;
using System.Collections.Generic;
using ErpCode.Scripting;

/// <summary>The rules of erp_base: parties, their addresses, categories and the shipped currencies.</summary>
public sealed class BaseTests : SiteTest
{
    [Test]
    public void A_person_is_saved_trimmed_with_a_lower_case_email_and_a_title()
    {
        var person = Portal.Create("Person", "", null, new Dictionary<string, object?>
        {
            ["FirstName"] = "  Ada ",
            ["LastName"] = " Lovelace ",
            ["Email"] = "Ada@Example.COM",
            ["Region"] = "europe/united_kingdom",
        });

        Equal("Lovelace", person.GetString("LastName"), "the last name");
        Equal("ada@example.com", person.GetString("Email"), "the e-mail");
        Equal("Ada Lovelace", person.GetString("Title"), "the title");
    }

    [Test]
    public void An_organisation_keeps_its_addresses_inside_it()
    {
        var organisation = Portal.Create("Organisation", "", null, new Dictionary<string, object?>
        {
            ["Name"] = "Test Works",
            ["VatNumber"] = "fr 12 345678901",
            ["Currency"] = "EUR",
            ["Addresses"] = new List<object?>
            {
                new Dictionary<string, object?> { ["Kind"] = "billing", ["Street"] = "1 rue de la Paix", ["PostalCode"] = "75002", ["City"] = "Paris", ["Country"] = "europe/france" },
            },
        });

        Equal("FR12345678901", organisation.GetString("VatNumber"), "the VAT number");
        Equal(1, organisation.GetList("Addresses").Count, "the number of addresses");
        Equal("1 rue de la Paix, 75002 Paris", (string?)Portal.Call("Organisation", organisation.Id, "AddressOf", new Dictionary<string, object?> { ["kind"] = "billing" }), "the billing address");
    }

    [Test]
    public void A_category_outside_its_tree_is_refused()
    {
        var refused = Refused(() => Portal.Create("Person", "", null, new Dictionary<string, object?> { ["LastName"] = "Nobody", ["Region"] = "europe/atlantis" }));

        Check(refused.Contains("Region", StringComparison.Ordinal), "the refusal names Region: " + refused);
    }

    [Test]
    public void Two_billing_addresses_are_refused()
    {
        var refused = Refused(() => Portal.Create("Organisation", "", null, new Dictionary<string, object?>
        {
            ["Name"] = "Twice Billed",
            ["Addresses"] = new List<object?>
            {
                new Dictionary<string, object?> { ["Kind"] = "billing", ["Street"] = "1 High Street", ["City"] = "London" },
                new Dictionary<string, object?> { ["Kind"] = "billing", ["Street"] = "2 High Street", ["City"] = "London" },
            },
        }));

        Check(refused.Contains("at most one billing address", StringComparison.Ordinal), "the refusal explains why: " + refused);
    }

    [Test]
    public void The_shipped_currencies_are_there()
    {
        Equal("Euro", Portal.Find("Currency", "EUR")?.GetString("Name"), "the name of EUR");
        Equal(0L, Portal.Find("Currency", "JPY")!.GetInt64("Decimals"), "the decimals of JPY");
    }

    private static string Refused(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            return ex.Message;
        }

        throw new TestFailedException("the change was accepted, but it should have been refused");
    }
}
