using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Text;

[TestFixture]
internal sealed class TokeniserTests
{
    [TestCase("2023 outlook: Central Asia is not out of the woods yet",
        "2023 | outlook | : | Central | Asia | is | not | out | of | the | woods | yet")]
    [TestCase("Image credit: iStock/Sohrab Omar", "Image | credit | : | iStock | / | Sohrab | Omar")]
    [TestCase("Posts Tagged ‘China’", "Posts | Tagged | ‘ | China | ’")]
    [TestCase("What Next?", "What | Next | ?")]
    [TestCase("[1]: https://www3.nd.edu/~pmoody/Text%20Pages%20-%20Peter%20Moody%20Webpage/AdvanceTowardWest.pdf",
        "[ | 1 | ] | : | https://www3.nd.edu/~pmoody/Text%20Pages%20-%20Peter%20Moody%20Webpage/AdvanceTowardWest.pdf")]
    public void Tokenise_ShortSeedLine_GivesExactTokens(string line, string expected)
    {
        Assert.That(TokenTexts.Of(line), Is.EqualTo(expected));
    }

    [TestCase("to 4.3% in September from just 1.1% in May.", "to | 4.3 | % | in | September | from | just | 1.1 | % | in | May | .")]
    [TestCase("at least US$327 million in aid", "at | least | US | $ | 327 | million | in | aid")]
    [TestCase("just under $50 million in supplies", "just | under | $ | 50 | million | in | supplies")]
    [TestCase("a market capitalisation of $2.4 billion at the", "of | $ | 2.4 | billion | at")]
    [TestCase("from 0.19 to 0.79 and 0.17 to 0.68 respectively", "from | 0.19 | to | 0.79 | and | 0.17 | to | 0.68 | respectively")]
    [TestCase("Russie Nei Reports, No. 14, November 2012, pp. 3–29, <https://www.ifri.org/sites/default/files/atoms/files/ifrikassenovakazandeurasianintegrationengnov2012.pdf>, accessed",
        "Reports | , | No. | 14 | , | November | 2012 | , | pp. | 3 | – | 29 | , | < | https://www.ifri.org/sites/default/files/atoms/files/ifrikassenovakazandeurasianintegrationengnov2012.pdf | > | , | accessed")]
    [TestCase("on its mission in Central Asia.   © Reuters", "Asia | . | © | Reuters")]
    [TestCase("a joint venture between Alibaba Group, MegaFon and Mail.Ru, was set up", "Mega | Fon | and | Mail.Ru | , | was")]
    [TestCase("at @raffpantucci.", "at | @ | raffpantucci | .")]
    public void Tokenise_NumbersSymbolsAndUrls_SplitAsDocumented(string line, string expectedRun)
    {
        AssertContainsRun(line, expectedRun);
    }

    [TestCase("a stream of U.S. officials coming through", "of | U.S. | officials")]
    [TestCase("In the U.K. context, that legislation seems", "the | U.K. | context")]
    [TestCase("Vladimir Putin met with other presidents at the Central Asia-Russia summit in Astana on Oct. 14: Central Asia", "on | Oct. | 14 | :")]
    [TestCase("Kazakh President Kassym-Jomart Tokayev in Astana on Sept. 14: The Chinese president", "Kassym | - | Jomart | Tokayev | in | Astana | on | Sept. | 14 | : | The")]
    [TestCase("As then-Lt. Gen. Liu Yazhou [1] put it in 2010", "then | - | Lt. | Gen. | Liu | Yazhou | [ | 1 | ]")]
    [TestCase("a senior fellow at the S. Rajaratnam School of International Studies", "the | S. | Rajaratnam | School")]
    [TestCase("Radio Free Europe/Radio Liberty, ‘E. Omuraliyev: Kyrgyzstan", "‘ | E. | Omuraliyev | :")]
    [TestCase("He awarded Mr Mirziyoyev the Order of Alexander Nevsky", "awarded | Mr | Mirziyoyev | the")]
    public void Tokenise_Abbreviations_KeepTheirDot(string line, string expectedRun)
    {
        AssertContainsRun(line, expectedRun);
    }

    [TestCase("Afghans were often frustrated by the China-Pakistan EconomicCorridor (CPEC).", "China | - | Pakistan | Economic | Corridor | ( | CPEC | ) | .")]
    [TestCase("the withdrawal of U.S.-led troops on Aug. 31", "of | U.S. | - | led | troops | on | Aug. | 31")]
    [TestCase("the drone strike that killed al-Qaeda leader Ayman al-Zawahiri.", "killed | al | - | Qaeda | leader | Ayman | al | - | Zawahiri | .")]
    [TestCase("to smooth access to one another’s e-commerce markets", "one | another | ’s | e | - | commerce")]
    [TestCase("And the U.K.’s traditional military and intelligence relationships", "the | U.K. | ’s | traditional")]
    [TestCase("the ‘SCO’s First Exercise on Cyber-Terrorism’", "‘ | SCO | ’s | First")]
    [TestCase("lots of countries, as Western states’ interests", "states | ’ | interests")]
    [TestCase("Gorno-Badakhshan region or violent border clashes", "Gorno | - | Badakhshan | region")]
    public void Tokenise_HyphensAndPossessives_AreSeparateTokens(string line, string expectedRun)
    {
        AssertContainsRun(line, expectedRun);
    }

    [TestCase("aUyghur", "a | Uyghur", "Uyghur")]
    [TestCase("tyingAfghanistan", "of | tying | Afghanistan | into", "Afghanistan")]
    [TestCase("leaderXi", "Chinese | leader | Xi | Jinping", "Xi")]
    [TestCase("theTaliban", "investment | the | Taliban | desperately", "Taliban")]
    [TestCase("EconomicCorridor", "Economic | Corridor | (", "Corridor")]
    [TestCase("KazMunaiGas", "Sinopec | , | Kaz | Munai | Gas | (", "Gas")]
    [TestCase("Tashkent8", "downtown | Tashkent | 8 | –", "8")]
    [TestCase("of2021", "winter | of | 2021 | ,", "2021")]
    [TestCase("companies1", "the | companies | 1 | (", "1")]
    [TestCase("security32", "IT | security | 32 | and", "32")]
    [TestCase("regard.The", "this | regard | . | The | Republic", "The")]
    [TestCase("previously).Confirmation", "previously | ) | . | Confirmation | of", "Confirmation")]
    [TestCase("technology.88", "Chinese | technology | . | 88", "88")]
    [TestCase("2017.53", "in | 2017 | . | 53 | Ali | Express | Russia", "53")]
    [TestCase("2001.71", "least | 2001 | . | 71", "71")]
    [TestCase("2016,68", "in | 2016 | , | 68 | Turkmenistan", "68")]
    [TestCase("it.”10", "it | . | ” | 10 | It | ’s", "10")]
    [TestCase("billion)87", "billion | ) | 87 | and", "87")]
    public void Tokenise_GluedSeedText_SplitsAndFlagsRightHandPart(string fragment, string expectedRun, string gluedToken)
    {
        string line = SeedCorpus.LineContaining(fragment);
        AssertContainsRun(line, expectedRun);
        int start = line.IndexOf(fragment, StringComparison.Ordinal) + fragment.LastIndexOf(gluedToken, StringComparison.Ordinal);
        Token token = Tokeniser.Tokenise(line).Single(t => t.Start == start);
        Assert.That(line[token.Start..token.End], Is.EqualTo(gluedToken));
        Assert.That(token.Is(TokenShape.Glued), Is.True);
        Assert.That(token.Is(TokenShape.SpaceBefore), Is.False);
    }

    [TestCase("FBI Director Chris Wray and MI5 Director Ken McCallum did a series", "and | MI5 | Director | Ken | McCallum | did")]
    [TestCase("65. UzDaily, ‘Huawei to Launch Scientific", "65 | . | UzDaily | ,")]
    [TestCase("Image credit: iStock/Sohrab Omar", "iStock | /")]
    [TestCase("the fight against COVID-19.", "against | COVID | - | 19 | .")]
    [TestCase("the Five Eyesa and European allies?", "Five | Eyesa | and")]
    [TestCase("attacking the Westgate Mall or DusitD2 Complex in Kenya", "or | Dusit | D2 | Complex")]
    [TestCase("Shàng hé zǔzhī shǒucì yǎnliàn wǎngluò fǎnkǒng", "Shàng | hé | zǔzhī | shǒucì | yǎnliàn | wǎngluò | fǎnkǒng")]
    public void Tokenise_WordsThatLookGlued_StayWholeOrSplitAsDocumented(string line, string expectedRun)
    {
        AssertContainsRun(line, expectedRun);
    }

    [TestCase("iPhone and eBay and WeChat", "iPhone | and | eBay | and | WeChat")]
    [TestCase("the winter of 2021.Confirmation came", "the | winter | of | 2021 | . | Confirmation | came")]
    [TestCase("in Beijing.34 The next", "in | Beijing | . | 34 | The | next")]
    [TestCase("O'Neill met McDonald's staff", "O'Neill | met | McDonald | 's | staff")]
    [TestCase("MacDonald and PetroChina", "MacDonald | and | Petro | China")]
    [TestCase("write to press@rusi.org today", "write | to | press@rusi.org | today")]
    [TestCase("docu\u00ADment", "docu\u00ADment")]
    [TestCase("\u200BKabul", "Kabul")]
    [TestCase("see p. 34 and pp. 3–29", "see | p. | 34 | and | pp. | 3 | – | 29")]
    public void Tokenise_ConstructedEdgeCases_FollowTheRules(string line, string expected)
    {
        Assert.That(TokenTexts.Of(line), Is.EqualTo(expected));
    }

    [TestCase("Beijing doesn't want the Taliban to fail.", "Beijing | does | n't | want | the | Taliban | to | fail | .")]
    [TestCase("Islamabad can’t and won't stop it", "Islamabad | ca | n’t | and | wo | n't | stop | it")]
    [TestCase("I'm sure they're right, we'll see, I've said, I'd go", "I | 'm | sure | they | 're | right | , | we | 'll | see | , | I | 've | said | , | I | 'd | go")]
    [TestCase("It's what China cannot do, and Kabul's gonna say so", "It | 's | what | China | can | not | do | , | and | Kabul | 's | gon | na | say | so")]
    [TestCase("O'Donnell and D'Souza at the Taliban's office", "O'Donnell | and | D'Souza | at | the | Taliban | 's | office")]
    [TestCase("DON'T and n't alone", "DO | N'T | and | n't | alone")]
    public void Tokenise_Contractions_SplitAsUniversalDependenciesEnglish(string line, string expected)
    {
        Assert.That(TokenTexts.Of(line), Is.EqualTo(expected));
    }

    [Test]
    public void Tokenise_Contraction_PiecesAreHalfOpenRangesOfTheWord()
    {
        Token[] tokens = Tokeniser.Tokenise("we don't");

        Assert.That(tokens.Select(t => (t.Start, t.End)), Is.EqualTo(new[] { (0, 2), (3, 5), (5, 8) }));
        Assert.That(tokens[2].Is(TokenShape.SpaceBefore), Is.False);
    }

    [TestCase("US", TokenKind.Word, TokenShape.Capitalised | TokenShape.AllUpper | TokenShape.SpaceBefore)]
    [TestCase("$", TokenKind.Symbol, TokenShape.None)]
    [TestCase("327", TokenKind.Number, TokenShape.HasDigit)]
    [TestCase("million", TokenKind.Word, TokenShape.AllLower | TokenShape.SpaceBefore)]
    [TestCase("aid", TokenKind.Word, TokenShape.AllLower | TokenShape.SpaceBefore)]
    [TestCase(",", TokenKind.Punctuation, TokenShape.None)]
    public void Tokenise_SeedLine_SetsKindAndShape(string value, TokenKind kind, TokenShape shape)
    {
        const string line = "The US has also provided at least US$327 million in aid, and has opened direct lines";
        Token token = TokenTexts.Find(line[20..], value);
        Assert.That(token.Kind, Is.EqualTo(kind));
        Assert.That(token.Shape, Is.EqualTo(shape));
    }

    [TestCase("U.S.", TokenShape.Capitalised | TokenShape.AllUpper | TokenShape.SpaceBefore)]
    [TestCase("Sept.", TokenShape.Capitalised | TokenShape.SpaceBefore)]
    [TestCase("2022", TokenShape.HasDigit | TokenShape.SpaceBefore)]
    [TestCase("a", TokenShape.AllLower | TokenShape.SpaceBefore)]
    [TestCase("Uyghur", TokenShape.Capitalised | TokenShape.Glued)]
    public void Tokenise_ShapeFlags_MatchTheirDocumentation(string value, TokenShape shape)
    {
        string text = "a stream of U.S. officials on Sept. 14, 2022 claimed to be aUyghur";
        Assert.That(TokenTexts.Find(text, value).Shape, Is.EqualTo(shape));
    }

    [Test]
    public void Tokenise_ZeroWidthBeforeWord_IsNotWhiteSpace()
    {
        Token token = Tokeniser.Tokenise("Kabul,\u200BKandahar")[^1];
        Assert.That(token.Is(TokenShape.SpaceBefore), Is.False);
    }

    [Test]
    public void Tokenise_RawAndNormalisedSeedLine_GiveIdenticalTokens()
    {
        string line = SeedCorpus.LineContaining("Sinostan: China’s Inadvertent Empire");
        Assert.That(Tokeniser.Tokenise(Normaliser.Normalise(line)), Is.EqualTo(Tokeniser.Tokenise(line)));
    }

    [TestCase("China-Pakistan", "-", true)]
    [TestCase("between 1999 and 2000 – which included", "–", false)]
    [TestCase("pp. 3–29", "–", false)]
    [TestCase("the bombings — a rare", "—", false)]
    public void IsJoiningHyphen_HyphenOrDash_TellsThemApart(string text, string dash, bool joining)
    {
        Assert.That(Tokeniser.IsJoiningHyphen(text, TokenTexts.Find(text, dash)), Is.EqualTo(joining));
    }

    [Test]
    public void Tokenise_EmptyText_GivesNoTokens()
    {
        Assert.That(Tokeniser.Tokenise(""), Is.Empty);
    }

    [Test]
    public void Tokenise_DestinationTooSmall_Throws()
    {
        Assert.That(() => Tokeniser.Tokenise("Kabul".AsSpan(), new Token[2]), Throws.ArgumentException);
    }

    [Test]
    public void Process_Document_TokenisesEveryParagraphWhateverItsRole()
    {
        Document doc = TestDocuments.Of(("Posts Tagged ‘China’", LineRole.Boilerplate), ("What Next?", LineRole.Title));
        new Tokeniser().Process(doc);
        Assert.That(doc.Paragraphs.Select(p => p.Tokens.Length), Is.EqualTo(new[] { 5, 3 }));
    }

    [Test]
    public void Tokenise_EverySeedLine_TokensAreOrderedNonEmptyAndInRange()
    {
        var problems = new List<string>();
        foreach (string line in SeedCorpus.Lines)
        {
            Token[] tokens = Tokeniser.Tokenise(line);
            int previousEnd = 0;
            foreach (Token token in tokens)
            {
                bool ordered = token.Start >= previousEnd && token.End > token.Start && token.End <= line.Length;
                bool trimmed = ordered && !char.IsWhiteSpace(line[token.Start]) && !char.IsWhiteSpace(line[token.End - 1]);
                bool spaced = token.Start == 0 || (token.Start <= line.Length && char.IsWhiteSpace(line[token.Start - 1]));
                if (!ordered || !trimmed || token.Is(TokenShape.SpaceBefore) != spaced)
                {
                    problems.Add($"{token} in {line}");
                }

                previousEnd = token.End;
            }

            if (tokens.Sum(token => token.Length) + line.Count(char.IsWhiteSpace) != line.Length)
            {
                problems.Add("something other than white space lies between tokens: " + line);
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Tokenise_EverySeedLine_RawAndNormalisedAgree()
    {
        string[] differing = SeedCorpus.Lines
            .Where(line => !Tokeniser.Tokenise(Normaliser.Normalise(line)).AsSpan().SequenceEqual(Tokeniser.Tokenise(line)))
            .ToArray();
        Assert.That(differing, Is.Empty);
    }

    private static void AssertContainsRun(string line, string expectedRun)
    {
        Assert.That(" | " + TokenTexts.Of(line) + " | ", Does.Contain(" | " + expectedRun + " | "));
    }
}
