using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Text;

[TestFixture]
internal sealed class NormaliserTests
{
    [TestCase("Raffaello Pantucci is a senior fellow at the S. Rajaratnam School of International Studies in Singapore and author of “Sinostan: China’s Inadvertent Empire.”",
        "Raffaello Pantucci is a senior fellow at the S. Rajaratnam School of International Studies in Singapore and author of \"Sinostan: China's Inadvertent Empire.\"")]
    [TestCase("Posts Tagged ‘China’", "Posts Tagged 'China'")]
    [TestCase("Russie Nei Reports, No. 14, November 2012, pp. 3–29,", "Russie Nei Reports, No. 14, November 2012, pp. 3-29,")]
    [TestCase("the region’s two most powerful players — Uzbekistan", "the region's two most powerful players - Uzbekistan")]
    [TestCase("a complicated partner.\u00A0\u00A0 © Reuters", "a complicated partner.   © Reuters")]
    [TestCase("«Kazakhstan»", "\"Kazakhstan\"")]
    [TestCase("al-Qa`ida’s", "al-Qa'ida's")]
    public void Normalise_SeedText_FoldsQuotesDashesAndSpaces(string text, string expected)
    {
        Assert.That(Normaliser.Normalise(text), Is.EqualTo(expected));
    }

    [TestCase('\u00A0', ' ')]
    [TestCase('\u202F', ' ')]
    [TestCase('\u2009', ' ')]
    [TestCase('\u3000', ' ')]
    [TestCase('\u2018', '\'')]
    [TestCase('\u2019', '\'')]
    [TestCase('\u201A', '\'')]
    [TestCase('\u201B', '\'')]
    [TestCase('\u2032', '\'')]
    [TestCase('\u201C', '"')]
    [TestCase('\u201D', '"')]
    [TestCase('\u201E', '"')]
    [TestCase('\u201F', '"')]
    [TestCase('\u2033', '"')]
    [TestCase('\u2013', '-')]
    [TestCase('\u2014', '-')]
    [TestCase('\u2015', '-')]
    [TestCase('\u2012', '-')]
    [TestCase('\u2212', '-')]
    [TestCase('\u2010', '-')]
    [TestCase('\u2011', '-')]
    [TestCase('\u00AD', '\u00AD')]
    [TestCase('\u200B', '\u200B')]
    [TestCase('é', 'é')]
    [TestCase('…', '…')]
    public void Fold_Character_GivesDocumentedFold(char c, char expected)
    {
        Assert.That(CharFold.Fold(c), Is.EqualTo(expected));
    }

    [TestCase('-', true)]
    [TestCase('\u2010', true)]
    [TestCase('\u2011', true)]
    [TestCase('\u2013', false)]
    [TestCase('\u2014', false)]
    [TestCase('\u2212', false)]
    public void IsWordHyphen_OriginalCharacter_TellsHyphenFromDash(char c, bool expected)
    {
        Assert.That(CharFold.IsWordHyphen(c), Is.EqualTo(expected));
    }

    [TestCase('\u00AD', true)]
    [TestCase('\u200B', true)]
    [TestCase('\uFEFF', true)]
    [TestCase('-', false)]
    public void IsIgnorable_SoftHyphenAndZeroWidth_AreIgnorable(char c, bool expected)
    {
        Assert.That(CharFold.IsIgnorable(c), Is.EqualTo(expected));
    }

    [Test]
    public void Normalise_AsciiSeedLine_ReturnsSameInstance()
    {
        const string line = "What Next?";
        Assert.That(Normaliser.Normalise(line), Is.SameAs(line));
    }

    [Test]
    public void Normalise_EverySeedLine_KeepsLengthAndChangesOnlyFoldedCharacters()
    {
        var problems = new List<string>();
        foreach (string line in SeedCorpus.Lines)
        {
            string normalised = Normaliser.Normalise(line);
            string folded = new(line.Select(CharFold.Fold).ToArray());
            if (normalised != folded || normalised.AsSpan().IndexOfAny("\u2018\u2019\u201C\u201D\u00A0\u2013\u2014") >= 0)
            {
                problems.Add(line);
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Process_Document_SetsNormalisedOnEveryParagraph()
    {
        Document doc = TestDocuments.Of(("Posts Tagged ‘China’", LineRole.Boilerplate), ("What Next?", LineRole.Title));
        new Normaliser().Process(doc);
        Assert.That(doc.Paragraphs.Select(p => p.Normalised), Is.EqualTo(new[] { "Posts Tagged 'China'", "What Next?" }));
    }
}
