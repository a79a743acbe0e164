namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Parties;

/// <summary>A person beside another at what the clause's subject does, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class SideBySideReaderTests
{
    // Development text: the subject of the clause's verb meets the person named after "alongside", past a title and its body.
    [Test]
    public void Read_PersonAlongsideTitledPerson_SubjectMeetsPerson()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Deputy Prime Minister for Economic Affairs Abdul Ghani Baradar inaugurated the work at a ceremony in Logar province, southeast of Kabul, alongside China's ambassador, Zhao Xing, and executives of MCC-JCL Aynak Minerals Company, the joint venture that holds the lease.");

        Assert.That(claims, Does.Contain("abdul-ghani-baradar MEETS zhao-xing"));
        Assert.That(claims, Has.None.Contain("MEETS mcc-jcl-aynak-minerals"));
    }

    // Development text, each with the paragraph before it that gives the persons' full names: a relative clause or a
    // participle after a comma may stand between the subject and "alongside".
    [TestCase("Abdul Ghani Baradar, the Taliban's deputy prime minister for economic affairs, and Turkmen Foreign Minister Rashid Meredov cut a ribbon at a compressor site near the village of Shahrak-e Sabz in Herat's Kuhsan district, where welders stood beside stacks of green-coated steel pipe.", "The project is closely tied to Gurbanguly Berdimuhamedov, the former president who now chairs the Halk Maslahaty, the People's Council, and whose son Serdar succeeded him as head of state in 2022. The elder Berdimuhamedov, who has championed TAPI for two decades, attended the launch of the Afghan section in Herat in September 2024 alongside Baradar.", "abdul-ghani-baradar MEETS gurbanguly-berdimuhamedov")]
    [TestCase("Iranian Roads Minister Farzaneh Sadegh and Abdul Ghani Baradar, the Taliban's deputy prime minister for economic affairs, opened a new freight terminal at Rozanak station outside the city, which was partly financed by a $40 million loan from the Export-Import Bank of China, the Afghan railway authority said.", "\"This train shows that Afghanistan is not isolated. It is a crossroads,\" Baradar told the ceremony, standing alongside China's ambassador Zhao Xing and Iran's consul general in Herat, Mahmoud Rezaei.", "abdul-ghani-baradar MEETS zhao-xing")]
    public void Read_PersonAlongsidePerson_SubjectMeetsPerson(string earlier, string paragraph, string expected)
    {
        Assert.That(ShippedClaims.Of(earlier, paragraph), Does.Contain(expected));
    }

    // Development text: forces or a group beside others are no persons met.
    [TestCase("The Turkestan Islamic Party (TIP), which China calls the East Turkestan Islamic Movement (ETIM), fought alongside Hayat Tahrir al-Sham (HTS), the Islamist group led by Ahmed al-Sharaa that toppled President Bashar al-Assad in December 2024.")]
    [TestCase("Investigators from China's Ministry of Public Security worked alongside Kyrgyz officers for five months, tracing payments made through WeChat accounts and cryptocurrency wallets, according to a ministry statement.")]
    public void Read_AlongsideNoPerson_NoMeeting(string sentence)
    {
        Assert.That(ShippedClaims.Of(sentence), Has.None.Contain("MEETS"));
    }
}
