using KnowledgeGraph.Tests.Relate.Claims.Extraction;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Arguments;

/// <summary>Coordinated objects after the first, through the shipped pipeline on written development lines.</summary>
[TestFixture]
internal sealed class ObjectCoordinatorTests
{
    // Written development lines (h40, h28): a conjunct written as a short description ("the army chief", "his father") with
    // the person in apposition after its comma is that person, who is met too.
    [TestCase("Chinese Foreign Minister Wang Yi, who arrived from Beijing on Wednesday, chaired the seventh round of the China-Afghanistan-Pakistan Foreign Ministers' Dialogue with Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar and Amir Khan Muttaqi, the acting foreign minister in Kabul's Taliban government.",
        "Wang also met Prime Minister Shehbaz Sharif and the army chief, Field Marshal Asim Munir, Pakistan's foreign ministry said.",
        "asim-munir MEETS wang-yi")]
    [TestCase("The deal was signed by Uzbekneftegaz, the state energy company, and China National Petroleum Corporation (CNPC) in the presence of Chinese Foreign Minister Wang Yi, who arrived in the Uzbek capital on Monday for a two-day visit.",
        "Wang is due to travel on Wednesday to Ashgabat, where he will meet President Serdar Berdimuhamedov and his father, Gurbanguly Berdimuhamedov, who chairs the Halk Maslahaty, the country's supreme people's council, and is still widely seen as its most powerful figure.",
        "gurbanguly-berdimuhamedov MEETS wang-yi")]
    public void Coordinate_DescribedConjunctBeforeApposedPerson_ThePersonIsObject(string context, string sentence, string expected)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(context, sentence);

        Assert.That(claims, Does.Contain(expected));
    }

    // Written development lines (h31, h51): a body's name before the title of its office and a person's name, as a
    // conjunct, names the office the person holds; the person is met, not the body.
    [TestCase("ISLAMABAD, December 16 (Reuters) - China has agreed to roll over $2.6 billion in loans to Pakistan that were due to mature this month, Finance Minister Muhammad Aurangzeb said on Tuesday, easing pressure on the country's reserves days after the International Monetary Fund approved the latest review of its bailout.",
        "Its mission chief for Pakistan, Iva Petrova, said the authorities had met most of their targets but needed to widen the tax base.",
        "Petrova met Aurangzeb and State Bank of Pakistan Governor Jameel Ahmad in Karachi and Islamabad last month to agree the terms of the review.",
        "d:person:iva-petrova MEETS d:person:jameel-ahmad", "d:person:iva-petrova MEETS state-bank-of-pakistan")]
    [TestCase("Deputy Prime Minister for Economic Affairs Abdul Ghani Baradar inaugurated the work at a ceremony in Logar province, southeast of Kabul, alongside China's ambassador, Zhao Xing, and executives of MCC-JCL Aynak Minerals Company, the joint venture that holds the lease. The venture is 75% owned by MCC and 25% by Jiangxi Copper, a state-controlled producer based in the eastern Chinese province of Jiangxi.",
        "\"Mes Aynak belongs to the Afghan people, and our Chinese friends have shown that they are serious partners,\" Baradar told the gathering, according to a statement from his office. Zhao said Beijing would continue to support Afghanistan's reconstruction.",
        "Baradar later held talks with Zhao and MCC Vice President Zhang Mengxing on the company's proposal for a railway linking the mine to Hairatan, on the Uzbek border.",
        "abdul-ghani-baradar NEGOTIATES_WITH d:person:zhang-mengxing", "abdul-ghani-baradar NEGOTIATES_WITH metallurgical-corporation-of-china")]
    public void Coordinate_BodyNameBeforeTitleAndPerson_ThePersonIsObject(string first, string context, string sentence, string expected, string wrong)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(first, context, sentence);

        Assert.That(claims, Does.Contain(expected).And.Not.Contain(wrong));
    }

    // Written development line (h32): a description of the first conjunct set off by commas, with a name modifying its
    // noun ("his Taliban counterpart"), is passed over to the ", and" and the next person; the name it holds is none.
    [Test]
    public void Coordinate_FirstConjunctDescribedWithName_NextPersonIsObject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Turkmenistan's part in the project has given Ashgabat, long one of the region's most isolated capitals, new weight in Kabul. Foreign Minister Rashid Meredov has visited Afghanistan five times since 2022, and the two countries signed 14 agreements on energy, power lines and rail during his most recent trip in January. During that visit he met Amir Khan Muttaqi, his Taliban counterpart, and Mohammad Hasan Akhund, the Taliban's acting prime minister, in Kabul.");

        Assert.That(claims, Does.Contain("amir-khan-muttaqi MEETS rashid-meredov"));
        Assert.That(claims, Does.Contain("mohammad-hasan-akhund MEETS rashid-meredov"));
        Assert.That(claims, Does.Not.Contain("rashid-meredov MEETS taliban"));
    }

    // Written development line (h41): a name after ", and" followed by a past verb is the subject of the next clause, not
    // one more object of the verb before.
    [Test]
    public void Coordinate_NameAfterCommaAndBeforePastVerb_IsNoObject()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "The TTP, which is separate from the Afghan Taliban but closely allied with them, also denied involvement in the ambush. In a message to reporters, its spokesman Mohammad Khorasani said the group's fighters attacked only Pakistani security forces, and he blamed \"hidden hands\" trying to wreck ties between Pakistan and China.");

        Assert.That(claims, Has.None.Matches<string>(c => c.StartsWith("ttp ATTACKS", StringComparison.Ordinal) && c.EndsWith("mohammad-khorasani", StringComparison.Ordinal)));
    }
}
