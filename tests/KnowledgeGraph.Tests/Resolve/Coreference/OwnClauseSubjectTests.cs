using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;
using static KnowledgeGraph.Tests.TestSupport.ReferenceLookup;

namespace KnowledgeGraph.Tests.Resolve.Coreference;

/// <summary>
/// A description of one that is no subject of its clause never means that clause's subject ("The Taliban government
/// denies harbouring the group"), on the shipped gazetteers and coreference.yaml, through the production pipeline.
/// </summary>
[TestFixture]
internal sealed class OwnClauseSubjectTests
{
    private static Document Process(params string[] lines) => Docs.Process(ShippedPipeline.Value, lines);

    // h30 a1: the Taliban government cannot harbour itself; the group is the TTP of the sentence before.
    [Test]
    public void Find_GroupAsObjectOfTheTaliban_IsTheGroupNamedBefore()
    {
        Document doc = Process(
            "The clashes are the latest flare-up in a dispute that has poisoned relations between the two neighbours since the Taliban returned to power in August 2021. Islamabad says the TTP, an umbrella of Pakistani militant factions that is separate from but allied to the Afghan Taliban, runs training camps in Kunar and Khost and launches attacks from Afghan soil. The Taliban government denies harbouring the group and says Pakistan's security failures are an internal matter.");

        Assert.That(At(doc, 0, "the group")?.Entity.Id, Is.EqualTo("ttp"));
    }

    // h26 a1: the report's author, the United Nations, is not the group whose fighters it counts.
    [Test]
    public void Find_GroupsAfterASubjectThatFits_IsNotTheSubject()
    {
        Document doc = Process(
            "Beijing's worries centre on Uyghur militants of the Turkestan Islamic Party, which China calls the East Turkestan Islamic Movement and blames for deadly attacks on Chinese targets. A United Nations monitoring report last year said several hundred of the group's fighters were present in Afghanistan, some of them in Badakhshan, an assertion the Taliban have rejected. China has repeatedly pressed the Taliban to move the fighters away from the border, and officials in Kabul say many have been relocated to camps further west.");

        Assert.That(At(doc, 0, "the group")?.Entity.Id, Is.EqualTo("turkestan-islamic-party"));
    }

    // h45 a2: after "denied that", the clause's subject is the Chinese troops; the country they are stationed in is Tajikistan.
    [Test]
    public void Find_CountryAfterClauseOpener_IsNotThatClausesSubject()
    {
        Document doc = Process(
            "Tajik officials have denied that Chinese troops are stationed in the country, describing the facilities as Tajik border posts built with Chinese money. Two researchers who have studied the site said it was probably staffed by the People's Armed Police, a Chinese paramilitary force that also guards Xinjiang's frontiers.");

        Assert.That(At(doc, 0, "the country")?.Entity.Id, Is.EqualTo("tajikistan"));
    }
}
