using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Syntax;

[TestFixture]
internal sealed class SyntaxAnnotatorTests
{
    // Seed sentences (seeds/000_b1cf9653562b7715.txt lines 115, 310, 580) with the subject, object and oblique a reader sees.
    [TestCase("The Taliban takeover of Kabul in August 2021 left China with a dilemma.", "left", "leave", "takeover", "China", "dilemma")]
    [TestCase("At a meeting on Kazakhstan’s future development, Tokayev praised China’s success.", "praised", "praise", "Tokayev", "success", "meeting")]
    [TestCase("Beijing inherited a number of things from the collapse of Moscow’s empire.", "inherited", "inherit", "Beijing", "number", "collapse")]
    public void Process_SeedSentence_ParsesTheSubjectObjectAndObliqueAReaderSees(string text, string verb, string lemma, string subject, string obj, string oblique)
    {
        Paragraph paragraph = Annotated(text, SyntaxMode.Parse);
        SyntaxLayer syntax = paragraph.Syntax!;
        int root = IndexOf(paragraph, verb);

        Assert.That(syntax.Relation(root), Is.EqualTo(DepRel.Root));
        Assert.That(syntax.Upos(root), Is.EqualTo(Upos.Verb));
        Assert.That(syntax.Lemma(root), Is.EqualTo(lemma));
        Assert.That(DependentsOf(paragraph, root, DepRel.Nsubj), Is.EqualTo(new[] { subject }));
        Assert.That(DependentsOf(paragraph, root, DepRel.Obj), Is.EqualTo(new[] { obj }));
        Assert.That(DependentsOf(paragraph, root, DepRel.Obl), Is.EqualTo(new[] { oblique }));
    }

    [Test]
    public void Process_TagMode_TagsNowAndParsesASentenceOnlyWhenAsked()
    {
        Paragraph paragraph = Annotated("China signed the deal. Pakistan welcomed it.", SyntaxMode.Tag);
        SyntaxLayer syntax = paragraph.Syntax!;
        Assert.That(syntax.IsTagged(0) && syntax.IsTagged(1), Is.True);

        Assert.That(syntax.Upos(IndexOf(paragraph, "signed")), Is.EqualTo(Upos.Verb));
        Assert.That(syntax.IsParsed(0) || syntax.IsParsed(1), Is.False);
        int welcomed = IndexOf(paragraph, "welcomed");
        Assert.That(syntax.Relation(welcomed), Is.EqualTo(DepRel.Root));
        Assert.That(syntax.IsParsed(1), Is.True);
        Assert.That(syntax.IsParsed(0), Is.False);
        Assert.That(syntax.Head(IndexOf(paragraph, "Pakistan")), Is.EqualTo(welcomed));
    }

    [Test]
    public void Process_OnDemand_TagsASentenceOnlyWhenItsTagsAreRead()
    {
        Paragraph paragraph = Annotated("China signed the deal. Pakistan welcomed it.", SyntaxMode.OnDemand);
        SyntaxLayer syntax = paragraph.Syntax!;

        Assert.That(syntax.IsTagged(0) || syntax.IsTagged(1), Is.False);
        Assert.That(syntax.Upos(IndexOf(paragraph, "welcomed")), Is.EqualTo(Upos.Verb));
        Assert.That(syntax.IsTagged(1), Is.True);
        Assert.That(syntax.IsTagged(0) || syntax.IsParsed(1), Is.False);
        Assert.That(syntax.Relation(IndexOf(paragraph, "signed")), Is.EqualTo(DepRel.Root));
        Assert.That(syntax.IsTagged(0) && syntax.IsParsed(0), Is.True);
    }

    [Test]
    public void Process_OnDemand_GivesTheTagsAndTreesOfUpFrontParsing()
    {
        const string text = "China signed the deal. Pakistan welcomed it, and Kabul said it would join in July.";
        Paragraph lazy = Annotated(text, SyntaxMode.OnDemand);
        Paragraph eager = Annotated(text, SyntaxMode.Parse);
        lazy.Syntax!.EnsureParsed(1);
        lazy.Syntax.EnsureParsed(0);

        Assert.That(lazy.Syntax.Tokens.ToArray(), Is.EqualTo(eager.Syntax!.Tokens.ToArray()));
    }

    [Test]
    public void Process_BylineParagraph_GetsNoSyntax()
    {
        var paragraph = new Paragraph { Text = "By Raffaello Pantucci", Role = LineRole.Byline, Index = 0 };
        var doc = new Document { Id = "d" };
        doc.Paragraphs.Add(paragraph);
        new Tokeniser().Process(doc);
        new SentenceSplitter().Process(doc);

        new SyntaxAnnotator(SyntaxFixtures.Shipped).Process(doc);

        Assert.That(paragraph.Syntax, Is.Null);
    }

    private static Paragraph Annotated(string text, SyntaxMode mode)
    {
        var doc = new Document { Id = "d" };
        doc.Paragraphs.Add(new Paragraph { Text = text, Role = LineRole.Body, Index = 0 });
        new Normaliser().Process(doc);
        new Tokeniser().Process(doc);
        new SentenceSplitter().Process(doc);
        new SyntaxAnnotator(SyntaxFixtures.Shipped, mode).Process(doc);
        return doc.Paragraphs[0];
    }

    private static int IndexOf(Paragraph paragraph, string word) =>
        Array.FindIndex(paragraph.Tokens, t => paragraph.Span(t).SequenceEqual(word));

    private static string[] DependentsOf(Paragraph paragraph, int head, DepRel relation)
    {
        Span<int> dependents = stackalloc int[32];
        int count = paragraph.Syntax!.Dependents(head, dependents);
        var words = new List<string>();
        foreach (int d in dependents[..count])
        {
            if (paragraph.Syntax.Relation(d) == relation)
            {
                words.Add(paragraph.Span(paragraph.Tokens[d]).ToString());
            }
        }

        return [.. words];
    }
}
