using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>The act a charge in a relative clause lays on the name its pronoun stands for, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class RelativeChargeReaderTests
{
    // Development sentences: "blames for" a noun trigger after the clause's subject, or after a verb it is conjoined to.
    [TestCase("Beijing has repeatedly urged the Taliban to act against the East Turkestan Islamic Movement, a Uyghur militant group that China blames for attacks in Xinjiang.", "turkestan-islamic-party ATTACKS xinjiang")]
    [TestCase("In a joint declaration, the six leaders urged the Taliban authorities to take \"effective measures\" against terrorist groups, including the East Turkestan Islamic Movement, which Beijing blames for attacks in its western Xinjiang region.", "turkestan-islamic-party ATTACKS xinjiang")]
    [TestCase("Beijing's worries centre on Uyghur militants of the Turkestan Islamic Party, which China calls the East Turkestan Islamic Movement and blames for deadly attacks on Chinese targets.", "turkestan-islamic-party ATTACKS china")]
    [TestCase("Their chief concern is the Turkestan Islamic Party (TIP), a Uyghur group that Beijing calls the East Turkestan Islamic Movement and blames for attacks in Xinjiang.", "turkestan-islamic-party ATTACKS xinjiang")]
    public void Read_RelativeBlamedForAttacks_AntecedentAttacksHedged(string sentence, string expected)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);

        Claim claim = doc.Paragraphs.SelectMany(p => p.Claims).Single(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}" == expected);
        Assert.That(claim.Hedged, Is.True);
    }

    // Development sentences: the accused named after the verb, the act's object left to the relative pronoun.
    [TestCase("Islamabad's relations with the Taliban remain strained, however, over attacks inside Pakistan by the Pakistani Taliban, or TTP, which Pakistan accuses Kabul of harbouring.", "afghanistan HARBORS ttp")]
    [TestCase("Officials in Islamabad say it will not reopen for commerce until Kabul acts against the Pakistani Taliban, or Tehrik-e-Taliban Pakistan (TTP), which Pakistan accuses the Taliban of sheltering.", "taliban HARBORS ttp")]
    public void Read_RelativeAccusedOfActWithoutObject_AccusedActsOnAntecedentHedged(string sentence, string expected)
    {
        Document doc = Docs.Process(ShippedPipeline.Value, sentence);

        Claim claim = doc.Paragraphs.SelectMany(p => p.Claims).Single(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}" == expected);
        Assert.That(claim.Hedged, Is.True);
    }

    [Test]
    public void Read_AccusedOfActWithObject_NothingForTheAntecedent()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "Pakistan, which accuses Kabul of harbouring the TTP, closed the border.");

        var claims = doc.Paragraphs.SelectMany(p => p.Claims).Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}").ToList();
        Assert.That(claims, Does.Not.Contain("afghanistan HARBORS pakistan"));
    }
}
