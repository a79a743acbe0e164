using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Arguments;

/// <summary>The name a relative clause is about, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class RelativeAntecedentTests
{
    // Written sets h37 a1:21 and h61 a1:20: an exceptive phrase after "no" and a noun stands between the pronoun and the
    // clause's subject; the name it keeps recognised the antecedent, and "no" does not negate it.
    [TestCase("The Taliban administration, which no country except Russia has formally recognised, has rejected the spying allegations as baseless.")]
    [TestCase("The visit comes as China deepens its ties with the Taliban government, which no country except Russia has formally recognised.")]
    public void Find_ExceptivePhraseBeforeSubject_AntecedentIsTheObject(string sentence)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);
        List<Claim> recognised = [.. doc.Paragraphs.SelectMany(p => p.Claims)
            .Where(c => c.Subject.Id == "russia" && c.Predicate == "RECOGNIZES" && c.Object.Id == "taliban")];

        Assert.That(recognised, Has.Count.EqualTo(1));
        Assert.That(recognised[0].Negated, Is.False);
    }
}
