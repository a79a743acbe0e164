using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Arguments;

/// <summary>
/// An object relative clause without its pronoun, after an apposition's noun of the described name's kind: the name is the
/// verb's object, through the shipped pipeline.
/// </summary>
[TestFixture]
internal sealed class ContactRelativeTests
{
    // Written lines: a noun of the name's kind, then the subject and a transitive verb with nothing after it.
    [TestCase("Pakistan's Foreign Office spokesman, Shafqat Ali Khan, said on Tuesday the crossing would stay closed until Kabul acted against Tehrik-e-Taliban Pakistan, the militant group Islamabad accuses of launching attacks from Afghan soil.",
        "pakistan CRITICIZES ttp")]
    [TestCase("Beijing has long worried that fighters of the Turkestan Islamic Party, a Uyghur militant group it blames for attacks in Xinjiang, could use the corridor to slip into China.",
        "china CRITICIZES turkestan-islamic-party")]
    [TestCase("Speaking at the ceremony, Pakistan's naval chief, Admiral Naveed Ashraf, said the submarines would \"decisively strengthen\" the navy's ability to protect sea lanes and the port of Gwadar, the deep-water harbour China has developed as the centrepiece of the China-Pakistan Economic Corridor (CPEC).",
        "china BUILDS_OR_OPERATES gwadar-port")]
    public void Antecedent_ApposedKindNounBeforeSubject_NameIsObject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written line: the charge the clause lays on the name is the name's act, alleged.
    [Test]
    public void Antecedent_BlamedForAttacks_NameAttacksHedged()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Beijing has long worried that fighters of the Turkestan Islamic Party, a Uyghur militant group it blames for attacks in Xinjiang, could use the corridor to slip into China.");

        Claim claim = doc.Paragraphs.SelectMany(p => p.Claims).Single(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}" == "turkestan-islamic-party ATTACKS xinjiang");
        Assert.That(claim.Hedged, Is.True);
    }

    // Written lines: a noun of an act after a clause is said of the clause; a site's noun does not describe the place
    // that ends the name before it.
    [TestCase("The Taliban have repeatedly asked Beijing to extend the corridor into Afghanistan, a step Islamabad has publicly backed.",
        "pakistan SUPPORTS afghanistan")]
    [TestCase("The lithium deals come as Kabul presses Metallurgical Corporation of China (MCC) to begin producing copper at Mes Aynak in Logar province, a deposit the state-owned company won in 2008 with Jiangxi Copper but has barely developed.",
        "metallurgical-corporation-of-china BUILDS_OR_OPERATES logar")]
    public void Antecedent_NounNotOfTheNamesKind_NoClaim(string sentence, string wrong)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Not.Contain(wrong));
    }
}
