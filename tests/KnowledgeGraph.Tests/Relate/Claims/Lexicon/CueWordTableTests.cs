using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Tests.Relate.Claims.Lexicon;

[TestFixture]
internal sealed class CueWordTableTests
{
    // seeds/003: "the first significant border security treaty between China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan".
    private const string Text = "In 1996, the first significant Border security treaty between China and Russia was reached.";

    private static SentenceView View(CueWordTable table)
    {
        Document doc = ClaimTestDocuments.Build(Text, null, "China=china", "Russia=russia");
        var view = new SentenceView { CueWords = table };
        Assert.That(view.Load(doc.Paragraphs[0], 0), Is.True);
        return view;
    }

    [Test]
    public void MayHold_FamilyWithAWordOfTheSentenceInAnotherCase_IsTrue()
    {
        var table = new CueWordTable();
        ulong borders = table.Add(["frontier", "BORDER"]);
        table.Seal();

        Assert.That(View(table).MayHold(borders), Is.True);
    }

    [Test]
    public void MayHold_FamilyWithNoWordOfTheSentence_IsFalse()
    {
        var table = new CueWordTable();
        ulong treaties = table.Add(["treaty"]);
        ulong loans = table.Add(["loan", "credit"]);
        table.Seal();
        SentenceView view = View(table);

        Assert.That(view.MayHold(loans), Is.False);
        Assert.That(view.MayHold(treaties), Is.True);
    }

    [Test]
    public void MayHold_FamilyWithAWordThatIsNotAscii_IsTrue()
    {
        var table = new CueWordTable();
        ulong accents = table.Add(["traité"]);
        table.Seal();

        Assert.That(View(table).MayHold(accents), Is.True);
    }

    [Test]
    public void MayHold_ViewWithoutTable_IsTrue()
    {
        Document doc = ClaimTestDocuments.Build(Text, null, "China=china", "Russia=russia");
        var view = new SentenceView();
        Assert.That(view.Load(doc.Paragraphs[0], 0), Is.True);

        Assert.That(view.MayHold(1), Is.True);
    }
}
