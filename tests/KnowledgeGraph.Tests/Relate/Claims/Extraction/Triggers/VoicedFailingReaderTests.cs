using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Triggers;

/// <summary>A party's failings voiced by a speaker, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class VoicedFailingReaderTests
{
    // Wire reports (h27 a1, h30 a1, h30 a2, h56 a2): failings a speaker ascribes to a party, through its possessive or a
    // possessive pronoun after its name, after "said", a conjoined "says" or a participle "saying".
    [TestCase("Zabihullah Mujahid, the Taliban's chief spokesman, said on Monday that Afghanistan \"does not allow anyone to use its soil against other countries\" and that Islamabad should address its own security failures.", "zabihullah-mujahid CRITICIZES pakistan")]
    [TestCase("The Taliban government denies harbouring the group and says Pakistan's security failures are an internal matter.", "taliban CRITICIZES pakistan")]
    [TestCase("Its chief spokesman, Zabihullah Mujahid, said in a statement that Islamabad had \"punished ordinary traders for its own security failures\".", "zabihullah-mujahid CRITICIZES pakistan")]
    public void Read_SpeakerVoicesPartysFailings_SpeakerCriticizesParty(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // h30 a2: a participle after the first clause is the opening subject's (the article named the speaker in full before).
    [Test]
    public void Read_ParticipleAfterClause_OpeningSubjectCriticizes()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Zabihullah Mujahid, the Taliban's chief spokesman, said security forces had killed two of the attackers and arrested a third near Fayzabad, the provincial capital.",
            "Mujahid rejected the accusation as \"baseless\", saying Pakistan should \"look at its own security failures\" before blaming Kabul.");

        Assert.That(claims, Does.Contain("zabihullah-mujahid CRITICIZES pakistan"));
    }

    // The conjoined verb before the voicing one does not negate the criticism (h30 a1: "denies harbouring the group and says").
    [Test]
    public void Read_NegatingVerbConjoinedBefore_NotNegated()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "The Taliban government denies harbouring the group and says Pakistan's security failures are an internal matter.");
        Claim[] claims = [.. doc.Paragraphs.SelectMany(p => p.Claims).Where(c => c.Predicate == "CRITICIZES" && c.Object.Id == "pakistan")];

        Assert.That(claims, Has.Length.EqualTo(1));
        Assert.That(claims[0].Negated, Is.False);
    }

    // Seeds (000_b1cf9653562b7715.txt:210, 003_df5809cbc19a0e8f.txt:56): failings told by the writer, with no speaker voicing
    // them, criticise no one.
    [TestCase("And Beijing continues to be frustrated by the Taliban’s failure to crack down on armed Uygur groups that are living in the country.")]
    [TestCase("Many of these had benefited from Russian counter-terrorism support; Burkina Faso – still reeling from a coup sparked by the government’s failure to stem an ongoing Islamist insurgency – might be about to ask for it.")]
    public void Read_FailingsWithoutSpeaker_NoCriticism(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contains("CRITICIZES"));
    }
}
