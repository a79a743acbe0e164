using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Tests.Relate.Claims.Lexicon;

[TestFixture]
internal sealed class WordTableTests
{
    // seeds/003: "the first significant border security treaty between China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan".
    private const string Text = "In 1996, the first significant Border security treaty between China and Russia was reached.";

    private static SentenceView View()
    {
        Document doc = ClaimTestDocuments.Build(Text, null, "China=china", "Russia=russia");
        var view = new SentenceView();
        Assert.That(view.Load(doc.Paragraphs[0], 0), Is.True);
        return view;
    }

    private static int TokenOf(SentenceView view, string word)
    {
        for (int i = view.First; i < view.End; i++)
        {
            if (view.Is(i, word))
            {
                return i;
            }
        }

        throw new AssertionException($"no token {word}");
    }

    private static WordTable<string> Table(params string[] keys)
    {
        var entries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string key in keys)
        {
            entries.TryAdd(key, key);
        }

        return new WordTable<string>(entries);
    }

    [TestCase("border", "border")]
    [TestCase("treaty", "treaty")]
    [TestCase("between", "between")]
    public void Find_TokenOfAKeyInAnotherCase_FindsIt(string token, string key)
    {
        SentenceView view = View();
        WordTable<string> table = Table("BORDER", "Treaty", "between", "frontier");

        Assert.That(table.Find(view, TokenOf(view, token)), Is.EqualTo(key).IgnoreCase);
    }

    [TestCase("security")]
    [TestCase("reached")]
    [TestCase("1996")]
    public void Find_TokenOfNoKey_FindsNothing(string token)
    {
        SentenceView view = View();
        WordTable<string> table = Table("border", "treaty", "between", "frontier");

        Assert.That(table.Find(view, TokenOf(view, token)), Is.Null);
    }

    [Test]
    public void Find_EveryToken_AgreesWithTheWordLookUp()
    {
        SentenceView view = View();
        WordTable<string> table = Table("border", "the", "first", "In", "was", ",", "china", "chargé");

        for (int i = view.First; i < view.End; i++)
        {
            Assert.That(table.Find(view, i), Is.EqualTo(table.Find(view.Word(i))), view.Word(i).ToString());
        }
    }

    [Test]
    public void Find_WordBeyondAscii_FoldsCaseAsOrdinalComparison()
    {
        WordTable<string> table = Table("chargé", "communiqué");

        Assert.Multiple(() =>
        {
            Assert.That(table.Find("CHARGÉ"), Is.EqualTo("chargé"));
            Assert.That(table.Find("Communiqué"), Is.EqualTo("communiqué"));
            Assert.That(table.Find("charge"), Is.Null);
        });
    }
}
