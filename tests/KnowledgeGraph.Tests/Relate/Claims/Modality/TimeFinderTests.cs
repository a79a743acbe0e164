using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims;
using static KnowledgeGraph.Tests.Relate.Claims.ClaimTestDocuments;

namespace KnowledgeGraph.Tests.Relate.Claims.Modality;

/// <summary>Time normalisation on real seed sentences: yyyy, yyyy-MM, yyyy-MM-dd; a year-less date takes the article's year or stays null.</summary>
[TestFixture]
internal sealed class TimeFinderTests
{
    // seeds/000:131
    [TestCase("Beijing even hosted top Taliban figure Mullah Baradar and a delegation in Tianjin, where they met with Foreign Minister Wang Yi, in July 2021.", null, "2021-07")]
    // seeds/000:576
    [TestCase("China’s President Xi Jinping, Russian President Vladimir Putin and other participants attend the Shanghai Cooperation Organisation (SCO) leaders’ summit in Samarkand on September 16, 2022.", null, "2022-09-16")]
    // seeds/000:33: "Sept. 14" without a year stays null …
    [TestCase("Xi Jinping and Kazakh President Kassym-Jomart Tokayev in Astana on Sept. 14: The Chinese president chose Central Asia for his post-COVID return to the international stage.", null, null)]
    // … and takes the article's year when the metadata has a date.
    [TestCase("Xi Jinping and Kazakh President Kassym-Jomart Tokayev in Astana on Sept. 14: The Chinese president chose Central Asia for his post-COVID return to the international stage.", "2022-12-30", "2022-09-14")]
    // seeds/000:608: of several years, the one nearest the trigger.
    [TestCase("In the wake of rioting in Xinjiang in 2009, violence seemed to escalate, coming to an embarrassing head in 2013 when an attack was perpetrated in Tiananmen Square and then a year later when Xi visited Xinjiang in 2014, only to be met by an attempted suicide bombing at Urumqi’s train station.", null, "2014")]
    // seeds/003:517: "14 August"-style day-first dates and bare years.
    [TestCase("Robert Hannigan was Director of GCHQ, the United Kingdom’s largest intelligence and security agency and NSA equivalent, between 2014 and 2017.", null, "2014")]
    public void Find_SeedSentence_NormalisedTime(string text, string? articleDate, string? expected)
    {
        Document doc = ClaimTestDocuments.Build(text, articleDate, "Beijing=china:metonym", "Mullah Baradar=abdul-ghani-baradar:partial", "China=china", "Xi Jinping=xi-jinping",
            "Russian=russia:demonym", "Vladimir Putin=vladimir-putin", "Kazakh=kazakhstan:demonym", "Kassym-Jomart Tokayev=kassym-jomart-tokayev",
            "Xinjiang=xinjiang", "Xi=xi-jinping:partial", "Robert Hannigan=robert-hannigan", "GCHQ=gchq");

        new ClaimExtractor(ClaimTestDocuments.Lexicon).Process(doc);

        Assert.That(doc.Paragraphs[0].Claims, Is.Not.Empty);
        Assert.That(doc.Paragraphs[0].Claims[0].Time, Is.EqualTo(expected));
    }

    [Test]
    public void Find_ModalMay_IsNotAMonth()
    {
        // seeds/000:702 style: "may" the modal; the capitalised month needs a number beside it.
        Document doc = ClaimTestDocuments.Build("Beijing may host Mullah Baradar again.", "2022-12-30", "Beijing=china:metonym", "Mullah Baradar=abdul-ghani-baradar:partial");

        new ClaimExtractor(ClaimTestDocuments.Lexicon).Process(doc);

        Assert.That(doc.Paragraphs[0].Claims.Single().Time, Is.Null);
    }

    // Written wire-report lines: a date inside another dependent clause dates that clause's event, not the claim.
    [TestCase("Moscow leads the Collective Security Treaty Organization, whose members include Kazakhstan and Kyrgyzstan, while Uzbekistan left the bloc in 2012.", "kazakhstan MEMBER_OF csto", null)]
    [TestCase("Xi Jinping and Shavkat Mirziyoyev signed an agreement in Tashkent on Friday to accelerate the railway, a 523-km line that Chinese state contractors began building in December 2024.", "shavkat-mirziyoyev SIGNS_AGREEMENT_WITH xi-jinping", null)]
    // A date of the main clause still dates it after a closed relative clause (seeds/000:131 as written).
    [TestCase("Beijing even hosted top Taliban figure Mullah Baradar and a delegation in Tianjin, where they met with Foreign Minister Wang Yi, in July 2021.", "china HOSTS abdul-ghani-baradar", "2021-07")]
    public void Find_DateInAnotherClause_NotTheClaimsTime(string text, string triple, string? expected)
    {
        Document doc = KnowledgeGraph.Tests.TestSupport.Docs.Process(KnowledgeGraph.Tests.TestSupport.ShippedPipeline.Value, text);

        Claim claim = doc.Paragraphs.SelectMany(p => p.Claims).First(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}" == triple);
        Assert.That(claim.Time, Is.EqualTo(expected));
    }
}
