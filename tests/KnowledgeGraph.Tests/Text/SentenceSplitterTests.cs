using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Text;

[TestFixture]
internal sealed class SentenceSplitterTests
{
    private const string Bar = " ‖ ";

    [TestCase("EBRD to raise",
        "These trends helped prompt the EBRD to raise its 2022 gross domestic product growth forecast for the region to 4.3% in September from just 1.1% in May." + Bar +
        "It also adjusted its 2023 outlook to 4.9% from 4.7%.")]
    [TestCase("aUyghur",
        "In Afghanistan, the Islamic State of Khorasan Province (ISKP) has put out far more anti-Chinese propaganda than any other organization." + Bar +
        "It dispatched a suicide bomber who claimed to be aUyghur against a Shia mosque in Kunduz in October last year." + Bar +
        "In claiming the attack, ISKP specifically referenced Beijing’s close relationship with the Taliban as a motivating factor.")]
    [TestCase("regard.The",
        "The closing months of the Republic were confusing in this regard." + Bar +
        "The Republic’s National Directorate of Security (NDS) moved definitively against China by detaining a network of Chinese intelligence agents active in the capital in December 2020." + Bar +
        "Both Beijing and Kabul worked closely together to keep the story out of the public domain, with then-Vice President (and former NDS chief) Amrullah Saleh tasked to manage the relationship by President Ashraf Ghani.")]
    [TestCase("previously).Confirmation",
        "But as the year went on, the relationship between Beijing and Kabul broke down, with the Afghan side refusing to turn over militant Uyghurs it had caught (as Kabul had done previously)." + Bar +
        "Confirmation of this came in the news that when the Taliban swept through, releasing prisoners in Republic custody, a number of Uyghurs prisoners were among those released." + Bar +
        "Exactly what led to the rupture is unclear, with stories circulating about the proximity of the Republic government to India, unfulfilled information exchange requests, or something financial.")]
    [TestCase("Eurasia.'[2]",
        "This was something that was carried forward into Chinese President Xi Jinping’s time, when he decided in September 2013 to make Kazakhstan the site of his first speech laying out his big foreign-policy concept: the Belt and Road Initiative (BRI)." + Bar +
        "In doing this, he was building off earlier visits by Li and later declarations by leaders like former Chinese President Jiang Zemin or former Chinese leader Wen Jiabao, who in 2012 declared Urumqi the ‘gateway to Eurasia.'[2]")]
    [TestCase("it.”10",
        "CTC: In the September 2021 issue of\u00A0CTC Sentinel, former acting CIA Director Michael Morell assessed that following the Taliban takeover of Afghanistan, “the reconstruction of al-Qa`ida’s homeland attack capability will happen quickly, in less than a year, if the U.S. does not collect the intelligence and take the military action to prevent it.”10" + Bar +
        "It’s been a year since the Taliban assumed power." + Bar +
        "How do you assess the international terror threat from jihadi groups operating on its soil?")]
    [TestCase("Alexander Nevsky",
        "The contrast could not have been more striking during Mr Mirziyoyev’s meeting with Mr Putin." + Bar +
        "Rather than the Uzbeks offering their visitor an award, it was the Russian leader who dished out a medal to his Uzbek counterpart." + Bar +
        "He awarded Mr Mirziyoyev the Order of Alexander Nevsky, which is given to foreign leaders “for major contributions to promoting friendly ties with Russia”.")]
    [TestCase("Raffaello Pantucci is a senior fellow at the S. Rajaratnam School of International Studies in Singapore and author",
        "Raffaello Pantucci is a senior fellow at the S. Rajaratnam School of International Studies in Singapore and author of “Sinostan: China’s Inadvertent Empire.”")]
    [TestCase("Nargis Kassenova, ‘Kazakhstan and Eurasian",
        "14. Nargis Kassenova, ‘Kazakhstan and Eurasian Economic Integration: Quick Start, Mixed Results and Uncertain Future’, IFRI, Russie Nei Reports, No. 14, November 2012, pp. 3–29, <https://www.ifri.org/sites/default/files/atoms/files/ifrikassenovakazandeurasianintegrationengnov2012.pdf>, accessed 14 August 2022.")]
    [TestCase("What Next", "What Next?")]
    [TestCase("2023 outlook:", "2023 outlook: Central Asia is not out of the woods yet")]
    public void Split_WholeSeedLine_GivesExactSentences(string key, string expected)
    {
        Assert.That(Sentences(SeedCorpus.LineContaining(key)), Is.EqualTo(expected));
    }

    [TestCase("For China, the end of the Soviet Union meant that it suddenly found itself bordering four new countries: Russia, Kazakhstan, Kyrgyzstan, and Tajikistan. (Turkmenistan and Uzbekistan also emerged, but they did not share borders with China.) The Soviet-Chinese frontier had always been remote and ill-defined.",
        "For China, the end of the Soviet Union meant that it suddenly found itself bordering four new countries: Russia, Kazakhstan, Kyrgyzstan, and Tajikistan." + Bar +
        "(Turkmenistan and Uzbekistan also emerged, but they did not share borders with China.)" + Bar +
        "The Soviet-Chinese frontier had always been remote and ill-defined.")]
    [TestCase("Tashkent had remained an observer until that point, lacking the same border delineation logic with China that determined membership of the Shanghai Five. Uzbekistan was also among the most fiercely independent of the Central Asian states.",
        "Tashkent had remained an observer until that point, lacking the same border delineation logic with China that determined membership of the Shanghai Five." + Bar +
        "Uzbekistan was also among the most fiercely independent of the Central Asian states.")]
    [TestCase("When he graduated from university, where he goes in his free time, and so on … We need to go in this direction. This is a global trend.",
        "When he graduated from university, where he goes in his free time, and so on …" + Bar + "We need to go in this direction." + Bar + "This is a global trend.")]
    [TestCase("As then-Lt. Gen. Liu Yazhou [1] put it in 2010, Central Asia ‘is a rich piece of cake given to today’s Chinese people.’",
        "As then-Lt. Gen. Liu Yazhou [1] put it in 2010, Central Asia ‘is a rich piece of cake given to today’s Chinese people.’")]
    [TestCase("Vladimir Putin met with other presidents at the Central Asia-Russia summit in Astana on Oct. 14: Central Asia will continue to find Moscow a complicated partner.",
        "Vladimir Putin met with other presidents at the Central Asia-Russia summit in Astana on Oct. 14: Central Asia will continue to find Moscow a complicated partner.")]
    [TestCase("Xi Jinping and Kazakh President Kassym-Jomart Tokayev in Astana on Sept. 14: The Chinese president chose Central Asia for his post-COVID return to the international stage. (Handout photo from press service of the president of Kazakhstan)",
        "Xi Jinping and Kazakh President Kassym-Jomart Tokayev in Astana on Sept. 14: The Chinese president chose Central Asia for his post-COVID return to the international stage." + Bar +
        "(Handout photo from press service of the president of Kazakhstan)")]
    [TestCase("He was awarded the U.S. Intelligence Distinguished Public Service Medal in 2017 and honored by Queen Elizabeth for services to U.K. national security in 2013.",
        "He was awarded the U.S. Intelligence Distinguished Public Service Medal in 2017 and honored by Queen Elizabeth for services to U.K. national security in 2013.")]
    [TestCase("Huawei’s own overseas academy opened in Kazakhstan in 2017.66 In just two years, the Kazakh branch had trained over 400 computer science students.67 Huawei’s flagship programme is one of the most attractive.",
        "Huawei’s own overseas academy opened in Kazakhstan in 2017.66" + Bar +
        "In just two years, the Kazakh branch had trained over 400 computer science students.67" + Bar +
        "Huawei’s flagship programme is one of the most attractive.")]
    [TestCase("1. People’s Republic of China Ministry of Foreign Affairs, 11 November 2000, accessed 14 August 2022.",
        "1. People’s Republic of China Ministry of Foreign Affairs, 11 November 2000, accessed 14 August 2022.")]
    [TestCase("there is a great deal of media reporting and academic work on this available in the U.S. The U.K. context is different.",
        "there is a great deal of media reporting and academic work on this available in the U.S." + Bar + "The U.K. context is different.")]
    [TestCase("China is unlikely to rush in.34 The next step is Kabul.", "China is unlikely to rush in.34" + Bar + "The next step is Kabul.")]
    [TestCase("during the winter of 2021.Confirmation of this came later.", "during the winter of 2021." + Bar + "Confirmation of this came later.")]
    [TestCase("and so on... We need to go in this direction.", "and so on..." + Bar + "We need to go in this direction.")]
    [TestCase("and so on... we need to go in this direction.", "and so on... we need to go in this direction.")]
    [TestCase("Was it worth it? Perhaps! But not now.", "Was it worth it?" + Bar + "Perhaps!" + Bar + "But not now.")]
    [TestCase("“Why now?” he asked.", "“Why now?” he asked.")]
    [TestCase("Mr. Putin met Dr. Smith in St. Petersburg on No. 2 street.", "Mr. Putin met Dr. Smith in St. Petersburg on No. 2 street.")]
    // VOA 2018-12-19 (a VOA dev article): plural titles lead into the names as singular ones do.
    [TestCase("Last month, two members of the Senate Foreign Relations Committee, Sens. Marco Rubio and Chris Coons, wrote a letter to Secretary of State Mike Pompeo.",
        "Last month, two members of the Senate Foreign Relations Committee, Sens. Marco Rubio and Chris Coons, wrote a letter to Secretary of State Mike Pompeo.")]
    public void Split_SeedSentences_EndWhereAReaderWouldEnd(string text, string expected)
    {
        Assert.That(Sentences(text), Is.EqualTo(expected));
    }

    [Test]
    public void Split_CaptionWithTrailingSpaces_ExcludesTheWhiteSpace()
    {
        string line = SeedCorpus.LineContaining("Moscow a complicated partner.");
        Sentence[] sentences = SentenceSplitter.Split(line, Tokeniser.Tokenise(line));
        Assert.That(sentences.Select(s => line[s.Start..s.End]), Has.None.Match(@"^\s|\s$"));
        Assert.That(line[sentences[^1].Start..sentences[^1].End], Is.EqualTo("© Reuters"));
    }

    [Test]
    public void Split_NoTokens_GivesNoSentences()
    {
        Assert.That(SentenceSplitter.Split("   ", Tokeniser.Tokenise("   ")), Is.Empty);
    }

    [Test]
    public void Split_EverySeedLine_SentencesCoverTokensInOrder()
    {
        var problems = new List<string>();
        foreach (string line in SeedCorpus.Lines)
        {
            Token[] tokens = Tokeniser.Tokenise(line);
            Sentence[] sentences = SentenceSplitter.Split(line, tokens);
            int nextToken = 0;
            foreach (Sentence sent in sentences)
            {
                bool covers = sent.TokenStart == nextToken && sent.TokenEnd > sent.TokenStart && sent.TokenEnd <= tokens.Length;
                if (!covers || sent.Start != tokens[sent.TokenStart].Start || sent.End != tokens[sent.TokenEnd - 1].End)
                {
                    problems.Add($"{sent} in {line}");
                }

                nextToken = sent.TokenEnd;
            }

            if (sentences.Length == 0 || nextToken != tokens.Length)
            {
                problems.Add("tokens left outside sentences: " + line);
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Process_Document_FillsSentencesOfEveryParagraph()
    {
        Document doc = TestDocuments.Of(("What Next?", LineRole.Title), ("It remains to be seen whether these trends can hold. Few would say.", LineRole.Body));
        new Tokeniser().Process(doc);
        new SentenceSplitter().Process(doc);
        Assert.That(doc.Paragraphs.Select(p => p.Sentences.Length), Is.EqualTo(new[] { 1, 2 }));
    }

    private static string Sentences(string text) =>
        string.Join(Bar, SentenceSplitter.Split(text, Tokeniser.Tokenise(text)).Select(s => text[s.Start..s.End]));
}
