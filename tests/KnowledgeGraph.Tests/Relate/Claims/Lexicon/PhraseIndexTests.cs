using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Tests.Relate.Claims.Lexicon;

[TestFixture]
internal sealed class PhraseIndexTests
{
    private static PhraseIndex<string> Index(params string[] phrases)
    {
        var index = new PhraseIndex<string>();
        foreach (string phrase in phrases)
        {
            index.Add(PhraseWords.Split(phrase), phrase);
        }

        return index.Seal();
    }

    [TestCase("treaty", "treaty between")]
    [TestCase("TREATY", "treaty between")]
    [TestCase("Treaties", "treaties with")]
    public void Candidates_FirstWordInAnyCase_FindsItsPhrases(string word, string phrase)
    {
        PhraseIndex<string> index = Index("treaty between", "security treaty", "treaties with");

        Assert.That(index.Candidates(word)?.ConvertAll(c => c.Value), Has.Member(phrase));
    }

    // "trendy" and "treats" share a key's length and first letter ("treaty"), not its last letter; "treaty" shares its
    // last letter with "truly".
    [TestCase("trendy")]
    [TestCase("treats")]
    [TestCase("truly")]
    public void Candidates_WordOfNoKey_Null(string word)
    {
        PhraseIndex<string> index = Index("treaty between", "truce");

        Assert.That(index.Candidates(word), Is.Null);
    }
}
