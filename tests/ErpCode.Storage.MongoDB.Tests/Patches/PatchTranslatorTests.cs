using ErpCode.Core.Storage.Patches;
using ErpCode.Storage.MongoDB.Patches;
using ErpCode.Storage.MongoDB.Tests.TestSupport;
using MongoDB.Bson;

namespace ErpCode.Storage.MongoDB.Tests.Patches;

public sealed class PatchTranslatorTests
{
    [Fact]
    public void Translate_sets_and_unsets_dotted_paths_and_increments_the_version()
    {
        // Arrange
        var patch = DocumentPatch.Empty.Set("address.city", "Paris").Unset("address.zip").Unset("old").Set("on", new DateOnly(2024, 1, 2)).Set("total", 3.10m).Set("gone", null!);

        // Act
        var update = PatchTranslator.Translate(patch);

        // Assert
        BsonAssert.Equal(
            """
            { $set: { 'address.city': 'Paris', on: { _date: '2024-01-02' }, total: NumberDecimal('3.10'), gone: null },
              $unset: { 'address.zip': '', old: '' },
              $inc: { _v: NumberLong(1) } }
            """,
            update);
    }

    [Fact]
    public void Translate_of_sets_only_has_no_unset()
    {
        // Act
        var update = PatchTranslator.Translate(DocumentPatch.Empty.Set("n", 2));

        // Assert
        BsonAssert.Equal("{ $set: { n: NumberLong(2) }, $inc: { _v: NumberLong(1) } }", update);
    }

    [Fact]
    public void Translate_of_unsets_only_has_no_set()
    {
        // Act
        var update = PatchTranslator.Translate(DocumentPatch.Empty.Unset("n"));

        // Assert
        BsonAssert.Equal("{ $unset: { n: '' }, $inc: { _v: NumberLong(1) } }", update);
    }

    [Fact]
    public void Replacement_pipeline_keeps_the_envelope_and_takes_the_body_literally()
    {
        // Arrange
        var body = new BsonDocument { { "m", "$notAFieldReference" }, { "n", new BsonInt64(1) } };

        // Act
        var pipeline = ReplacementPipeline.For(body);

        // Assert
        var stage = Assert.Single(pipeline);
        BsonAssert.Equal(
            """
            { $replaceWith: { $mergeObjects: [
                { _id: '$_id', _type: '$_type', _parent: '$_parent', _v: { $add: ['$_v', NumberLong(1)] } },
                { $literal: { m: '$notAFieldReference', n: NumberLong(1) } } ] } }
            """,
            stage);
    }
}
