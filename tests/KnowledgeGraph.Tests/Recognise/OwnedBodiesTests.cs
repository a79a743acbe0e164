using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Relate.Claims.Extraction;
using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Recognise;

/// <summary>A state's body written as a description after its possessive or demonym, through the shipped pipeline on written dev lines.</summary>
[TestFixture]
internal sealed class OwnedBodiesTests
{
    // Written dev h36/a1.md:12, h36/a2.md:8, h36/a1.md:8, h29/a3.md:30, h37/a1.md:33, h30/a3.md:22, h37/a3.md:29: the
    // curated body named "<demonym or state> <words>", in any casing and in the other spelling ("Chinese Defence
    // Ministry", "Pakistani Navy", "Pakistan Air Force", "Taliban defence ministry", "Taliban refugee ministry").
    [TestCase("China's defence ministry did not respond to a request for comment.", "china-ministry-of-national-defense PART_OF china")]
    [TestCase("KARACHI, November 18 (Reuters) - Pakistan's navy on Tuesday commissioned the first of eight Hangor-class submarines it is buying from China, a deal worth an estimated $5 billion that will give Beijing's closest ally one of the largest conventional submarine fleets in the Indian Ocean.", "pakistan-navy PART_OF pakistan")]
    [TestCase("The talks began when Pakistan's air force chief, Air Chief Marshal Zaheer Ahmed Babar Sidhu, visited Beijing in late June and met General Zhang Youxia, vice chairman of China's Central Military Commission, said one of the officials, who asked not to be named because the negotiations are confidential.", "zaheer-ahmed-babar-sidhu LEADS pakistan-air-force")]
    [TestCase("Workers from the Taliban's defence ministry finished a gravel track to within 20 kilometres of the border last year, Badakhshan's deputy governor, Mawlawi Abdul Rahman Haseeb, said in a telephone interview.", "afghan-ministry-of-defence PART_OF taliban")]
    [TestCase("The Taliban's refugee ministry said the consignment would go to deportees from Iran.", "afghan-ministry-of-refugees-and-repatriation PART_OF taliban")]
    [TestCase("Muttaqi said his government had \"already taken measures\" and that no foreign fighters were present in Afghanistan, according to a readout from the Taliban's foreign ministry.", "afghan-ministry-of-foreign-affairs PART_OF taliban")]
    [TestCase("The Metallurgical Corporation of China, a state-owned company, holds the lease for the Mes Aynak copper deposit south of Kabul, although work there has barely begun; the company is reportedly in talks with the Taliban's mines ministry on restarting it.", "afghan-ministry-of-mines-and-petroleum PART_OF taliban")]
    public void Add_CuratedBodyAfterPossessive_IsTheCuratedBody(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written dev h37/a1.md:33, h37/a3.md:29, h30/a3.md:22 and h38/a3.md:33: the government's possessive before a curated
    // ministry's short form is a mention of its own, and the ministry is part of that government.
    [TestCase("The Taliban's refugee ministry said the consignment would go to deportees from Iran.", "afghan-ministry-of-refugees-and-repatriation PART_OF taliban")]
    [TestCase("The Metallurgical Corporation of China, a state-owned company, holds the lease for the Mes Aynak copper deposit south of Kabul, although work there has barely begun; the company is reportedly in talks with the Taliban's mines ministry on restarting it.", "afghan-ministry-of-mines-and-petroleum PART_OF taliban")]
    [TestCase("Muttaqi said his government had \"already taken measures\" and that no foreign fighters were present in Afghanistan, according to a readout from the Taliban's foreign ministry.", "afghan-ministry-of-foreign-affairs PART_OF taliban")]
    [TestCase("In Kabul, the Taliban's interior ministry, which is led by Sirajuddin Haqqani, said it had arrested four suspects linked to the network in Kunduz and had shared information with Chinese diplomats.", "afghan-ministry-of-interior PART_OF taliban")]
    public void Add_GovernmentPossessiveBeforeMinistry_MinistryPartOfGovernment(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written dev h30/a2.md:30, h66/a2.md:34: the government's possessive before "political office" is its curated office
    // abroad, hosted by its host and headed by its head; neither the Taliban nor the office's place is hosted or led.
    [TestCase("Qatar, which hosts the Taliban's political office in Doha and helped broker last year's truce between Kabul and Islamabad, has offered to convene security talks that would include Chinese officials, a Qatari diplomat said.", "qatar HOSTS taliban-political-office", "qatar HOSTS taliban")]
    [TestCase("Qatar, which hosts the Taliban's political office in Doha and helped broker last year's truce between Kabul and Islamabad, has offered to convene security talks that would include Chinese officials, a Qatari diplomat said.", "taliban-political-office BASED_IN doha", "qatar HOSTS taliban")]
    [TestCase("Suhail Shaheen, who heads the Taliban's political office in Doha, said the group would attend only if the sanctions committee lifted travel restrictions on its delegation.", "suhail-shaheen LEADS taliban-political-office", "suhail-shaheen LEADS taliban")]
    public void Add_GovernmentPossessiveBeforePoliticalOffice_IsTheCuratedOffice(string sentence, string expected, string wrong)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected));
        Assert.That(claims, Does.Not.Contain(wrong));
    }

    // Written dev h36/a2.md:32, h34/a1.md:22, h35/a3.md:8: a body the gazetteer lacks is "<Words> of <state>", part of it.
    [TestCase("India's navy, which operates 16 submarines, many of them ageing, has stepped up patrols in the Arabian Sea since the May fighting.", "d:organisation:navy-of-india PART_OF india")]
    [TestCase("The step followed an April ruling by Russia's Supreme Court that lifted the ban imposed on the Taliban in 2003, when the movement was put on the country's list of terrorist organisations.", "d:organisation:supreme-court-of-russia PART_OF russia")]
    [TestCase("DUSHANBE, May 12 (Reuters) - Tajikistan has secured a $600 million loan from the Export-Import Bank of China to build a high-voltage line from the Rogun hydropower plant to the south of the country, the Tajik energy ministry said on Tuesday, the first Chinese state financing for the giant dam project on the Vakhsh River.", "d:organisation:energy-ministry-of-tajikistan PART_OF tajikistan")]
    public void Add_BodyTheGazetteerLacks_IsTheStatesDiscoveredBody(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written dev h35/a2.md:16 and h35/a1.md:24: the possessive and the demonym name one body.
    [Test]
    public void Add_PossessiveAndDemonym_OneBody()
    {
        Document doc = Docs.Process(ShippedPipeline.Value,
            "Turkmenistan's foreign ministry summoned the Afghan charge d'affaires in Ashgabat on Wednesday and handed him a note expressing \"deep concern\" over the involvement of foreign companies in a project that could reduce the flow of the Amu Darya, a diplomatic source told Reuters.",
            "Its foreign minister, Rashid Meredov, raised the Qosh Tepa project with Afghanistan's acting foreign minister, Amir Khan Muttaqi, during talks in Ashgabat last month, the Turkmen foreign ministry said.");

        Assert.That(doc.Paragraphs.Select(p => p.Mentions.Count(m => m.Entity.Id == "d:organisation:foreign-ministry-of-turkmenistan")), Is.EqualTo(new[] { 1, 1 }));
        Assert.That(ShippedClaims.In(doc), Does.Contain("d:organisation:foreign-ministry-of-turkmenistan PART_OF turkmenistan"));
    }

    // Written dev h26/a2.md:32: "border guard" in the singular is one person, no body.
    [Test]
    public void Add_SingularBorderGuard_NoBody()
    {
        Document doc = Docs.Process(ShippedPipeline.Value, "A Tajik border guard watching the Afghan bank through Chinese binoculars shrugged when asked who the post was really for.");

        Assert.That(doc.Paragraphs[0].Mentions.Select(m => m.Entity.Type), Has.No.EqualTo(EntityType.Organisation));
    }

    // English-EWT training document (relation training set): a demonym inside a longer capitalised name owns nothing.
    [Test]
    public void Add_DemonymInsideLongerName_NoBody()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The ARVN was not having a big problem with the Local VC (the guerilla movement), they were being challenged by the Main Force VC (which was light infantry) and the North Vietnamese Army (NVA).");

        Assert.That(claims, Has.None.Contains("PART_OF vietnam"));
    }
}
