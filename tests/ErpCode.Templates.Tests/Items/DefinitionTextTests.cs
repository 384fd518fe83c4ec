using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Storage;
using ErpCode.Templates.Errors;
using ErpCode.Templates.Items;
using ErpCode.Templates.Tests.Support;

namespace ErpCode.Templates.Tests.Items;

/// <summary>A definition's text, for editors: the same bytes as its template file, read back with the line of a problem.</summary>
public sealed class DefinitionTextTests
{
    private static TemplateItem Sheet => Fixtures.Read("tpl_base").Items.Single(i => i.Key.Kind == TemplateItemKind.PropertySheet);

    [Fact]
    public void Write_gives_the_bytes_of_the_template_file()
    {
        var item = Sheet;

        var text = DefinitionText.Write(item.Payload);

        Assert.Equal(item.Files.Values.Single(), text);
    }

    [Fact]
    public void Read_gives_back_the_definition_written()
    {
        var text = DefinitionText.Write(Sheet.Payload);

        var read = (PropertySheet)DefinitionText.Read(DefinitionKind.PropertySheet, text, "PropertySheet Contact");

        Assert.Equal(text, DefinitionText.Write(read));
    }

    [Fact]
    public void Stored_history_json_is_laid_out_as_the_file()
    {
        var sheet = (PropertySheet)Sheet.Payload;

        Assert.Equal(DefinitionText.Write(sheet), DefinitionText.FromStoredJson(DefinitionCodec.ToJson(sheet)));
    }

    [Fact]
    public void A_bad_value_is_refused_with_its_line_and_field()
    {
        const string text = "{\n  \"name\": \"Contact\",\n  \"properties\": [\n    {\n      \"name\": \"Email\",\n      \"type\": \"Money2\"\n    }\n  ]\n}\n";

        var ex = Assert.Throws<TemplateFormatException>(() => DefinitionText.Read(DefinitionKind.PropertySheet, text, "PropertySheet Contact"));

        Assert.Equal(6, ex.Line);
        Assert.Equal("properties[0].type", ex.Field);
    }

    [Fact]
    public void A_syntax_error_is_refused_with_its_line()
    {
        var ex = Assert.Throws<TemplateFormatException>(() => DefinitionText.Read(DefinitionKind.PropertySheet, "{\n  \"name\": \"Contact\"\n  \"title\": \"x\"\n}\n", "PropertySheet Contact"));

        Assert.Equal(3, ex.Line);
        Assert.Contains("not valid JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Something_that_is_not_a_definition_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => DefinitionText.Write("not a definition"));

        Assert.Equal("definition", ex.ParamName);
    }
}
