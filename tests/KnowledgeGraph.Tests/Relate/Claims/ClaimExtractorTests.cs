using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims;
using static KnowledgeGraph.Tests.Relate.Claims.ClaimTestDocuments;

namespace KnowledgeGraph.Tests.Relate.Claims;

[TestFixture]
internal sealed class ClaimExtractorTests
{
    private const string Baradar = "But as the Taliban swept across the country in 2021, China seemed to increasingly pull back from the Republic government and showed itself even more willing to engage with the Taliban. Beijing even hosted top Taliban figure Mullah Baradar and a delegation in Tianjin, where they met with Foreign Minister Wang Yi, in July 2021.";

    [Test]
    public void Process_BeijingHostedBaradar_ChinaHostsBaradarInJuly2021()
    {
        IReadOnlyList<Claim> claims = Extract(Baradar, "Beijing=china:metonym", "China=china", "Taliban=taliban", "Mullah Baradar=abdul-ghani-baradar:partial", "Tianjin=tianjin", "Wang Yi=wang-yi");

        Claim hosts = claims.Single(c => c.Predicate == "HOSTS");
        Assert.Multiple(() =>
        {
            Assert.That(hosts.Subject.Id, Is.EqualTo("china"));
            Assert.That(hosts.Object.Id, Is.EqualTo("abdul-ghani-baradar"));
            Assert.That(hosts.Time, Is.EqualTo("2021-07"));
            Assert.That(hosts.Sentence, Is.EqualTo(1));
            Assert.That(hosts.Trigger, Is.EqualTo("hosted"));
            Assert.That(hosts.Negated || hosts.Hedged, Is.False);
            Assert.That(Baradar[hosts.Start..hosts.End], Does.StartWith("Beijing even hosted").And.EndWith("Mullah Baradar"));
        });
    }
}
