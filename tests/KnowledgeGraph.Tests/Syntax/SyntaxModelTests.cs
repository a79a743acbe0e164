using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Syntax.ModelFiles;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Syntax;

[TestFixture]
internal sealed class SyntaxModelTests
{
    private const string Line = "North Korea's military has been placed on high alert.";

    [Test]
    public void From_WrittenModel_PredictsAsTheTrainedOne()
    {
        SyntaxModel trained = SyntaxFixtures.TinyModel;
        SyntaxModel loaded = SyntaxModel.From(ModelFile.Parse(trained.ToWriter().ToBytes(), "tiny.model"));

        Assert.That(Annotate(loaded), Is.EqualTo(Annotate(trained)));
        Assert.That(loaded.Description, Is.EqualTo(trained.Description));
    }

    [Test]
    public void Tag_InParts_GivesTheTagsOfTheWholeSentence()
    {
        SyntaxModel model = SyntaxModel.Load(RepoPaths.Of(SyntaxModel.DefaultPath));
        Token[] tokens = Tokeniser.Tokenise(Line);
        var whole = new SyntaxToken[tokens.Length];
        var parts = new SyntaxToken[tokens.Length];
        model.Tag(Line, tokens, whole);

        model.Tag(Line, tokens, parts, 0, 1);
        model.Tag(Line, tokens, parts, 1, 4);
        model.Tag(Line, tokens, parts, 4, tokens.Length);

        Assert.That(parts, Is.EqualTo(whole));
    }

    [Test]
    public void Load_DamagedSection_ThrowsKG2102NamingTheFile()
    {
        string path = Path.Combine(Path.GetTempPath(), $"kg-damaged-{Guid.NewGuid():N}.model");
        byte[] bytes = SyntaxFixtures.TinyModel.ToWriter().ToBytes();
        bytes[^100] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
        try
        {
            var error = Assert.Throws<KgException>(() => SyntaxModel.Load(path));

            Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ModelCorrupt));
            Assert.That(error.ToLine(), Does.StartWith(path + ": error KG2102"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Load_SectionMissing_ThrowsKG2104()
    {
        ModelFileWriter writer = SyntaxFixtures.TinyModel.ToWriter();
        writer.Remove("parser");

        var error = Assert.Throws<KgException>(() => SyntaxModel.From(ModelFile.Parse(writer.ToBytes(), "partial.model")));

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ModelSectionMissing));
    }

    [Test]
    public void Load_NotAModel_ThrowsKG2102()
    {
        var error = Assert.Throws<KgException>(() => ModelFile.Parse("# text = not a model\n"u8.ToArray(), "x.conllu"));

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ModelCorrupt));
    }

    [Test]
    public void Load_ShippedModel_LoadsItsFourComponents()
    {
        SyntaxModel model = SyntaxModel.Load(RepoPaths.Of(SyntaxModel.DefaultPath));

        Assert.That(model.Tagger.Tags.Count, Is.GreaterThan(40));
        Assert.That(model.Parser.FeatureCount, Is.GreaterThan(10_000));
        Assert.That(model.Description, Does.Contain("en_ewt-ud-dev"));
    }

    private static string Annotate(SyntaxModel model)
    {
        Token[] tokens = Tokeniser.Tokenise(Line);
        var syntax = new SyntaxToken[tokens.Length];
        model.Tag(Line, tokens, syntax);
        model.Parse(Line, tokens, syntax, 0);
        return string.Join(" ", syntax.Select(t => $"{t.Upos}/{t.Xpos}/{t.Head}/{t.Relation}"));
    }
}
