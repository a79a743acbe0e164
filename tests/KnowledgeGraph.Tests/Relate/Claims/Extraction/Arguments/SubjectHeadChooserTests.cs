using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Arguments;

/// <summary>Subject heads the chooser takes left of a verb, through the shipped pipeline on look-set sentences.</summary>
[TestFixture]
internal sealed class SubjectHeadChooserTests
{
    // Written sets h30 and h58: a participle after the main clause and a comma has the main clause's subject, past the
    // subject's bracketed short form and its apposition or description.
    [TestCase("The Islamic State Khorasan Province (ISKP), the regional affiliate of the Islamic State group, claimed responsibility in a statement carried by the Amaq news agency, saying its fighters had targeted \"the Chinese oppressors of the Uyghur Muslims.\"", "iskp CRITICIZES china")]
    [TestCase("The Sindhudesh Revolutionary Army, a small separatist group that wants an independent homeland for Sindhis, claimed the attack in a message to reporters, saying Chinese companies were \"colonising Sindh's coast\".", "sindhudesh-revolutionary-army CRITICIZES china")]
    public void Choose_ParticipleAfterSubjectsDescription_TakesMainClauseSubject(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written sets h58 and h36: a name inside the main clause's object or adverbials never lends the participle a subject.
    [TestCase("The March 14 attack targeted a guesthouse in Taloqan, the capital of Takhar province, used by employees of a Chinese gold mining company, Golden Valley Mining, killing four Chinese nationals and their Afghan driver.", "d:organisation:golden-valley-mining ")]
    [TestCase("The clashes began when India launched missile strikes, which it called Operation Sindoor, on what it said were militant camps in Pakistan, blaming the Pakistan-based Lashkar-e-Taiba for an April attack on tourists in Pahalgam that killed 26 people.", "operation-sindoor ")]
    public void Choose_ParticipleAfterNameInObject_NameIsNotTheSubject(string sentence, string wrongSubject)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Matches<string>(c => c.StartsWith(wrongSubject, StringComparison.Ordinal) && !c.Contains(" BASED_IN ", StringComparison.Ordinal)));
    }
}
