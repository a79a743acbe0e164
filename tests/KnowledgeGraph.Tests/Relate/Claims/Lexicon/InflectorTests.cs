using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Tests.Relate.Claims.Lexicon;

[TestFixture]
internal sealed class InflectorTests
{
    [TestCase("host", "host,hosts,hosted,hosting")]
    [TestCase("invest", "invest,invests,invested,investing")]
    [TestCase("criticise", "criticise,criticises,criticised,criticising")]
    [TestCase("ally", "ally,allies,allied,allying")]
    [TestCase("finance", "finance,finances,financed,financing")]
    [TestCase("press", "press,presses,pressed,pressing")]
    [TestCase("call on", "call on,calls on,called on,calling on")]
    [TestCase("free", "free,frees,freed,freeing")]
    public void Forms_Lemma_RegularInflections(string lemma, string expected)
    {
        Assert.That(Inflector.Forms(lemma), Is.EqualTo(expected.Split(',')));
    }
}
