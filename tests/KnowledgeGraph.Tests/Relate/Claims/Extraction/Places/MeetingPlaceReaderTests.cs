using KnowledgeGraph.Tests.TestSupport;

namespace KnowledgeGraph.Tests.Relate.Claims.Extraction.Places;

/// <summary>A person met in a place of another country visits it, through the shipped pipeline.</summary>
[TestFixture]
internal sealed class MeetingPlaceReaderTests
{
    // Written development line (h26): a past verb after ", and" opens a predicate of its own; the place after it is where
    // that one happens, not where the talks before it were held.
    [Test]
    public void Read_PlaceAfterCommaAndPastVerb_NoVisitOfEarlierTalks()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Chinese Foreign Minister Wang Yi travelled to Kabul in August for talks with Muttaqi and Pakistan's deputy prime minister, Ishaq Dar, and received Tajik Foreign Minister Sirojiddin Muhriddin in Beijing weeks later.");

        Assert.That(claims, Does.Not.Contain("amir-khan-muttaqi VISITS beijing"));
        Assert.That(claims, Does.Not.Contain("ishaq-dar VISITS beijing"));
    }

    // seeds/000:534: both leaders met in Samarkand, a city of neither's country.
    [Test]
    public void Read_MeetingOfTwoForeignLeadersInCity_BothVisitIt()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("This was clearly evident from both Mr Xi’s tour of the region and the much-watched meeting between the Chinese leader and his Russian counterpart Vladimir Putin on the fringes of the Shanghai Cooperation Organisation (SCO) summit in Samarkand, Uzbekistan, last week.");

        Assert.That(claims, Is.SupersetOf(new[] { "xi-jinping VISITS samarkand", "vladimir-putin VISITS samarkand" }));
    }

    // Written: the host is at home in his own capital; a meeting that did not happen is no visit.
    [TestCase("Xi Jinping met Kassym-Jomart Tokayev in Astana.", "xi-jinping VISITS astana", "kassym-jomart-tokayev VISITS astana")]
    [TestCase("Wang Yi met Amir Khan Muttaqi in Beijing.", "amir-khan-muttaqi VISITS beijing", "wang-yi VISITS beijing")]
    public void Read_MeetingInOnePartysCountry_OnlyTheGuestVisits(string sentence, string expected, string absent)
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(sentence);

        Assert.That(claims, Does.Contain(expected).And.No.Contain(absent));
    }

    [Test]
    public void Read_NegatedMeeting_NoVisit()
    {
        Assert.That(ShippedClaims.Of("Wang Yi did not meet Amir Khan Muttaqi in Kabul."), Has.None.Contains("VISITS"));
    }

    // seeds/000:131: hosting is done face to face, so the guest hosted in a place of another country visits it.
    [Test]
    public void Read_PersonHostedInForeignPlace_VisitsIt()
    {
        Assert.That(ShippedClaims.Of(Docs.SeedLine("000_b1cf9653562b7715.txt", 131)), Does.Contain("abdul-ghani-baradar VISITS tianjin"));
    }

    // Written lines: a place inside a relative clause places only what that clause states; a place after a title is the
    // office's post.
    [TestCase("Russian President Vladimir Putin, who hosted the same five leaders in Moscow last month, is expected to meet Xi at a Shanghai Cooperation Organisation summit in Astana in July.", "xi-jinping VISITS moscow")]
    [TestCase("Zhao Xing, China’s ambassador in Kabul, met Deputy Prime Minister Abdul Ghani Baradar on Tuesday.", "zhao-xing VISITS kabul")]
    public void Read_PlaceInRelativeOrAfterTitle_NoVisit(string sentence, string unexpected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Not.Contain(unexpected));
    }

    // Written wire-report line: an ambassador posted to the country (curated role "Ambassador to Afghanistan") meets
    // people in its capital without visiting it.
    [Test]
    public void Read_AmbassadorMeetsInCountryOfPosting_NoVisit()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("China's ambassador, Zhao Xing, met Amir Khan Muttaqi in Kabul on Monday.");

        Assert.That(claims, Does.Contain("amir-khan-muttaqi MEETS zhao-xing").And.None.Contains("zhao-xing VISITS"));
    }

    [Test]
    public void Read_PlaceAfterPossessedNoun_NoVisit()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Lavrov held talks with Tajik Foreign Minister Sirojiddin Muhriddin about Russia's military base in Tajikistan, its largest abroad, which Moscow has pledged to reinforce along the Afghan frontier.");

        Assert.That(claims, Does.Contain("sergey-lavrov NEGOTIATES_WITH sirojiddin-muhriddin"));
        Assert.That(claims, Does.Not.Contain("sergey-lavrov VISITS tajikistan"));
    }

    [Test]
    public void Read_PlaceAfterOwnPronounsNoun_NoVisit()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Beijing, by contrast, kept its embassy in Kabul open after the takeover, and in January 2024 Chinese President Xi Jinping accepted the credentials of Bilal Karimi as the Taliban's ambassador, though China has not formally recognised the Taliban government.");

        Assert.That(claims, Does.Contain("xi-jinping HOSTS bilal-karimi"));
        Assert.That(claims, Does.Not.Contain("xi-jinping VISITS kabul"));
    }

    // Written wire-report lines: the office the sentence gives a person names the home a meeting abroad is a visit from.
    [TestCase("In Beijing on Monday, Kyrgyz Economy Minister Daniyar Amangeldiev met Chinese Commerce Minister Wang Wentao, who promised to raise the number of trucks allowed through the Torugart and Irkeshtam passes.", "d:person:daniyar-amangeldiev VISITS beijing")]
    [TestCase("Tajik President Emomali Rahmon, who has refused to engage with the Taliban, met China's Minister of Public Security, Wang Xiaohong, in Dushanbe in April.", "wang-xiaohong VISITS dushanbe")]
    public void Read_OfficeGivenInSentence_VisitsForeignPlace(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written wire-report line: a place after the actors that open the sentence locates them, not a meeting.
    [Test]
    public void Read_PlaceAfterOpeningActors_NoVisit()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Officials in Ashgabat cite the country's permanent neutrality, enshrined in a 1995 UN General Assembly resolution, to explain their distance from such blocs, but Turkmenistan raised its ties with China to a comprehensive strategic partnership in 2023, and Foreign Minister Rashid Meredov has held regular talks with his Turkish counterpart, Hakan Fidan, on sending gas to Turkey through Iran.");

        Assert.That(claims, Has.None.Contains("VISITS ashgabat"));
    }

    // Written wire-report line: a place in a clause after "after" is another event's; the talks are no visit there.
    [Test]
    public void Read_PlaceInClauseAfterSubordinator_NoVisit()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("ISLAMABAD, Sept 2 (Reuters) - Pakistan's army chief, Field Marshal Asim Munir, will travel to Beijing next week for talks with Chinese military leaders, two security officials said, days after Prime Minister Shehbaz Sharif returned from a summit in Tianjin.");

        Assert.That(claims, Does.Contain("asim-munir VISITS beijing"));
        Assert.That(claims, Does.Not.Contain("asim-munir VISITS tianjin"));
    }

    // Development wire-report lines: a place past ", and" and another clause's subject (a pronoun, or a name and its verb)
    // places that clause's act, not the meeting before it.
    [TestCase("Beijing was the first capital to accept a Taliban envoy's credentials, when Xi Jinping received Bilal Karimi at the Great Hall of the People in January 2024, and it has kept its ambassador, Zhao Xing, in Kabul throughout.", "xi-jinping VISITS kabul")]
    [TestCase("Ambassador Zhao Xing met acting Interior Minister Sirajuddin Haqqani on Tuesday, the embassy said, and Guo Jiakun, a Chinese Foreign Ministry spokesperson, told reporters in Beijing that the safety of Chinese nationals abroad was \"non-negotiable.\"", "sirajuddin-haqqani VISITS beijing")]
    public void Read_PlaceInNextClauseAfterCommaAnd_NoVisit(string sentence, string unexpected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Not.Contain(unexpected));
    }

    // Written line: a name after ", and" with no verb of its own is a third party to the same meeting.
    [Test]
    public void Read_ThirdNameAfterCommaAnd_VisitsToo()
    {
        Assert.That(ShippedClaims.Of("Xi Jinping met Vladimir Putin, Narendra Modi, and Recep Tayyip Erdogan in Samarkand."), Does.Contain("recep-tayyip-erdogan VISITS samarkand"));
    }

    // Written development lines (h41, h44, h37): a meeting read in a relative clause on its guest or host starts its evidence
    // at the antecedent, and the place in the clause is still where it happened.
    [TestCase("Army chief Field Marshal Asim Munir, who met Chinese Vice President Han Zheng in Beijing in December, has said that the security of CPEC is \"a national duty\" and that no one will be allowed to harm the relationship between Pakistan and China.", "asim-munir VISITS beijing")]
    [TestCase("President Kassym-Jomart Tokayev, who hosted Chinese President Xi Jinping at a China-Central Asia summit in Astana in June, has called energy the \"backbone\" of ties with Beijing.", "xi-jinping VISITS astana")]
    [TestCase("President Kassym-Jomart Tokayev, who received Afghan Commerce Minister Nooruddin Azizi in Astana in September, has made Afghanistan a priority of Kazakh foreign policy, and trade between the two countries reached about $1 billion last year.", "nooruddin-azizi VISITS astana")]
    public void Read_MeetingInRelativeClauseOnItsParty_GuestVisits(string sentence, string expected)
    {
        Assert.That(ShippedClaims.Of(sentence), Does.Contain(expected));
    }

    // Written development line (h28): the place ends what the ", where" clause discussed; it places neither the meeting
    // before the clause nor the talks in it.
    [Test]
    public void Read_PlaceOfTopicInWhereClause_NoVisit()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of(
            "Chinese Foreign Minister Wang Yi arrived in Tashkent on Tuesday.",
            "Wang met President Shavkat Mirziyoyev at the Kuksaroy residence outside Tashkent, where the two men discussed the pipeline, the China-Kyrgyzstan-Uzbekistan railway and preparations for next month's China-Central Asia summit in Astana.");

        Assert.That(claims, Does.Contain("shavkat-mirziyoyev MEETS wang-yi"));
        Assert.That(claims, Has.None.Contains("VISITS astana"));
    }

    // Written development line (h33): the meeting in the ", where" clause happened in the place the clause hangs on
    // (Bishkek), not in the city named first.
    [Test]
    public void Read_MeetingInWhereClause_NoVisitOfEarlierPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The deal was signed in the Uzbek capital by China's Minister of Public Security, Wang Xiaohong, by Kamchybek Tashiev, who chairs Kyrgyzstan's State Committee for National Security (GKNB), and by Abdusalom Azizov, the head of Uzbekistan's State Security Service. Wang arrived in Tashkent on Monday after two days of talks in Bishkek, where he met Kyrgyz President Sadyr Japarov.");

        Assert.That(claims, Does.Not.Contain("sadyr-japarov VISITS tashkent"));
    }

    // Written development line (h40): a place after what the two discussed is the topic's, not the meeting's.
    [Test]
    public void Read_PlaceAfterDiscussedTopic_NoVisit()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("Chinese Foreign Minister Wang Yi arrived in Islamabad on Wednesday. Wang also met Prime Minister Shehbaz Sharif and the army chief, Field Marshal Asim Munir, Pakistan's foreign ministry said. He held a separate meeting with Muttaqi at which the two discussed the safety of Chinese nationals and projects in Afghanistan.");

        Assert.That(claims, Does.Not.Contain("wang-yi VISITS afghanistan"));
    }

    // Written development line (h29): a claim whose evidence starts after the sentence's first place takes the first place
    // after its own start (Beijing), not one an earlier clause named (Shenzhen).
    [Test]
    public void Read_SecondClauseWithItsOwnPlace_VisitsThatPlace()
    {
        IReadOnlyList<string> claims = ShippedClaims.Of("The visit follows trips by Deputy Prime Minister Abdul Ghani Baradar, who toured an industrial park in Shenzhen in March, and by Minister of Mines and Petroleum Hedayatullah Badri, who met executives of China Metallurgical Group in Beijing in June to discuss restarting work at Mes Aynak.");

        Assert.That(claims, Does.Contain("hidayatullah-badri VISITS beijing").And.No.Contain("hidayatullah-badri VISITS shenzhen"));
    }
}
