using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// Turns the mentions of a sentence into antecedent candidates and reads, from the tokens around a mention or a
/// reference, what the choice weighs: whether it is the subject, follows a preposition, is coordinated or listed,
/// modifies a noun, names a people, or has a description noun as its head. The words are data
/// (gazetteers/coreference.yaml).
/// </summary>
internal sealed class CandidateBuilder
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> notSubjectAfter;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> relativePronouns;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> demonymActors;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> subjectBefore;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> topicOpeners;
    /// <summary>The last words of coreference.yaml's descriptions (group, regime, government…).</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> descriptionHeads;
    /// <summary>The one-word plural pronouns of coreference.yaml (they, them, their).</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> pluralPronouns;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> routePrepositions;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> mediating;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> copulas;

    public CandidateBuilder(CoreferenceCues cues)
    {
        notSubjectAfter = new HashSet<string>(cues.NotSubjectAfter, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        relativePronouns = new HashSet<string>(cues.RelativePronouns, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        demonymActors = new HashSet<string>(cues.DemonymActors, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        subjectBefore = new HashSet<string>(cues.SubjectBefore, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        topicOpeners = new HashSet<string>(cues.TopicOpeners, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        descriptionHeads = new HashSet<string>(cues.Descriptions.SelectMany(r => r.Words).Select(w => w[^1]), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        pluralPronouns = new HashSet<string>(
            cues.Pronouns.Where(r => r.Plural).SelectMany(r => r.Words).Where(w => w.Length == 1).Select(w => w[0]),
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        routePrepositions = new HashSet<string>(cues.RoutePrepositions, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        mediating = new HashSet<string>(cues.Mediating, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        copulas = new HashSet<string>(cues.ReportedCopulas, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether a mention right after <paramref name="word"/> is no subject (coreference.yaml's <c>not_subject_after</c>).</summary>
    internal bool IsNotSubjectAfter(ReadOnlySpan<char> word) => notSubjectAfter.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a relative pronoun (coreference.yaml's <c>relative_pronouns</c>).</summary>
    internal bool IsRelativePronoun(ReadOnlySpan<char> word) => relativePronouns.Contains(word);

    /// <summary>Whether <paramref name="word"/> right after a mention makes it a subject (coreference.yaml's <c>subject_before</c>).</summary>
    internal bool IsSubjectBefore(ReadOnlySpan<char> word) => subjectBefore.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a one-word plural pronoun of coreference.yaml (they, them, their).</summary>
    internal bool IsPluralPronoun(ReadOnlySpan<char> word) => pluralPronouns.Contains(word);

    /// <summary>
    /// Adds <paramref name="mention"/> as a candidate; true when it is the possessor of the name right after it ("Pakistan's
    /// army", "China's Foreign Ministry"): that name, not the possessor, is then the head of the phrase and may be the
    /// subject.
    /// </summary>
    internal bool Add(Paragraph paragraph, Mention mention, List<AntecedentCandidate> candidates, PersonTitles titles, int sentence, int body, Sentence sent, bool firstMention)
    {
        if (mention.Entity.Type == EntityType.Person)
        {
            titles.Note(paragraph, mention);
        }

        // "… that Iran has used": a mention before an auxiliary is a subject, unless a preposition binds it ("the
        // footprint in Africa has grown").
        bool afterPreposition = AfterPreposition(paragraph, sent, mention.TokenStart);
        // "China and Russia": the two conjuncts are one plural antecedent, and neither is the antecedent of "it".
        int first = Conjunct(paragraph, sent, mention, candidates);
        Mention? partner = first < 0 ? null : candidates[first].Mention;
        // "Qatar and Turkey mediated a ceasefire": both conjuncts mediate; "through Uzbekistan and Iran": both are routes.
        bool mediator = Mediator(paragraph, sent, mention);
        bool thirdParty = mediator || Route(paragraph, sent, mention.TokenStart) || first >= 0 && candidates[first].ThirdParty;
        if (first >= 0)
        {
            candidates[first] = candidates[first] with { Coordinated = true, ThirdParty = candidates[first].ThirdParty || mediator };
        }

        bool ownsName = Possessor(paragraph, sent, mention.TokenEnd) && paragraph.Mentions.Exists(n => n.TokenStart == mention.TokenEnd + 1);
        bool subject = !ownsName && IsSubject(paragraph, sent, mention.TokenStart, firstMention)
            || !ownsName && !afterPreposition && mention.TokenEnd < sent.TokenEnd && subjectBefore.Contains(paragraph.Span(paragraph.Tokens[mention.TokenEnd]))
            || Topic(paragraph, sent, mention);
        candidates.Add(new AntecedentCandidate(mention, paragraph.Index, sentence, body, subject, Chained: false)
        {
            DemonymHead = mention.Kind == MentionKind.Demonym && mention.TokenEnd < sent.TokenEnd
                && demonymActors.Contains(paragraph.Span(paragraph.Tokens[mention.TokenEnd])),
            People = IsPeople(paragraph, sent, mention),
            AfterPreposition = afterPreposition,
            Agent = afterPreposition && PassiveAgent(paragraph, sent, mention.TokenStart),
            Modifier = HyphenJoined(paragraph, sent, mention.TokenEnd) || !subject && Possessor(paragraph, sent, mention.TokenEnd),
            Partner = partner,
            PartnerParagraph = paragraph.Index,
            Coordinated = partner is not null,
            Listed = first < 0 ? 0 : Listed(paragraph, candidates, first),
            Head = Head(paragraph, sent, mention),
            ThirdParty = thirdParty,
        });
        return ownsName;
    }

    /// <summary>
    /// "The rally was organised by Atajurt", "The plant is operated by Xingyuan Uz Motors": the name at token
    /// <paramref name="t"/> right after "by" (and an article) that follows a lower-case "-ed" form after a copula of
    /// coreference.yaml's <c>reported_copulas</c>, an adverb between them allowed ("is largely owned by").
    /// </summary>
    private bool PassiveAgent(Paragraph paragraph, Sentence sent, int t)
    {
        if (t > sent.TokenStart + 1 && paragraph.Span(paragraph.Tokens[t - 1]) is "the")
        {
            t--;
        }

        if (t < sent.TokenStart + 3 || paragraph.Span(paragraph.Tokens[t - 1]) is not "by")
        {
            return false;
        }

        ReadOnlySpan<char> participle = paragraph.Span(paragraph.Tokens[t - 2]);
        if (!participle.EndsWith("ed", StringComparison.Ordinal) || !char.IsLower(participle[0]))
        {
            return false;
        }

        int aux = t - 3;
        if (aux > sent.TokenStart && paragraph.Span(paragraph.Tokens[aux]).EndsWith("ly", StringComparison.Ordinal))
        {
            aux--;
        }

        return copulas.Contains(paragraph.Span(paragraph.Tokens[aux]));
    }

    /// <summary>
    /// True when a word of coreference.yaml's <c>route_prepositions</c> stands right before token <paramref name="t"/>, or
    /// before an article there ("via Pakistan", "through the Wakhan"): the name is a route, not a party.
    /// </summary>
    private bool Route(Paragraph paragraph, Sentence sent, int t)
    {
        if (t > sent.TokenStart + 1 && paragraph.Span(paragraph.Tokens[t - 1]) is "the")
        {
            t--;
        }

        return t > sent.TokenStart && routePrepositions.Contains(paragraph.Span(paragraph.Tokens[t - 1]));
    }

    /// <summary>
    /// True when the mention mediates: a word of coreference.yaml's <c>mediating</c> follows it, alone or after a hyphen
    /// ("Qatar and Turkey mediated", "a Qatar-brokered truce"), or stands before the "by" right before it ("brokered by China").
    /// </summary>
    private bool Mediator(Paragraph paragraph, Sentence sent, Mention mention)
    {
        int next = mention.TokenEnd + (HyphenJoined(paragraph, sent, mention.TokenEnd) ? 1 : 0);
        if (next < sent.TokenEnd && mediating.Contains(paragraph.Span(paragraph.Tokens[next])))
        {
            return true;
        }

        int by = mention.TokenStart - 1;
        return by > sent.TokenStart && paragraph.Span(paragraph.Tokens[by]) is "by" && mediating.Contains(paragraph.Span(paragraph.Tokens[by - 1]));
    }

    /// <summary>
    /// The description noun written right after the mention, or after its "'s" ("the Syrian regime", "Syria's
    /// government"), or heading an apposition after its comma ("Jamaat Ansarullah, a militant group"), as coreference.yaml
    /// spells it; null when there is none.
    /// </summary>
    private string? Head(Paragraph paragraph, Sentence sent, Mention mention)
    {
        // "the Taliban government", "the Taliban administration": the name written with the noun as its own last word. Not a
        // place's ("the Sahel region" is no more the region of a later paragraph that names Africa than any region named).
        ReadOnlySpan<char> own = paragraph.Span(paragraph.Tokens[mention.TokenEnd - 1]);
        if (mention.TokenEnd - mention.TokenStart > 1 && char.IsLower(own[0]) && mention.Entity.Type != EntityType.Place
            && descriptionHeads.TryGetValue(own, out string? inside))
        {
            return inside;
        }

        int next = mention.TokenEnd;
        if (next < sent.TokenEnd && paragraph.Normalised.AsSpan(paragraph.Tokens[next].Start, paragraph.Tokens[next].Length) is "'s")
        {
            next++;
        }

        if (next < sent.TokenEnd && descriptionHeads.TryGetValue(paragraph.Span(paragraph.Tokens[next]), out string? head))
        {
            return head;
        }

        // "The Balochistan Liberation Army (BLA), a separatist group": the apposition may follow a bracketed short name,
        // read from the name before the brackets or from the short name in them.
        const int MaxBracketed = 4;
        if (next < sent.TokenEnd && paragraph.Span(paragraph.Tokens[next]) is "(")
        {
            int close = next + 1;
            while (close < sent.TokenEnd && close <= next + MaxBracketed && paragraph.Span(paragraph.Tokens[close]) is not ")")
            {
                close++;
            }

            next = close < sent.TokenEnd && paragraph.Span(paragraph.Tokens[close]) is ")" ? close : next;
        }

        next += next + 1 < sent.TokenEnd && paragraph.Span(paragraph.Tokens[next]) is ")" ? 1 : 0;

        // "Jamaat Ansarullah, a militant group of mostly Tajik fighters": the noun of an apposition after the comma.
        const int MaxApposedWords = 4;
        if (next + 1 < sent.TokenEnd && paragraph.Span(paragraph.Tokens[next]) is "," && paragraph.Span(paragraph.Tokens[next + 1]) is "a" or "an" or "the")
        {
            for (int k = next + 2; k < sent.TokenEnd && k <= next + 1 + MaxApposedWords && paragraph.Tokens[k].Kind == TokenKind.Word; k++)
            {
                if (descriptionHeads.TryGetValue(paragraph.Span(paragraph.Tokens[k]), out string? apposed))
                {
                    return apposed;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "For China, the end of the Soviet Union meant that it …": the name a topic phrase opening the sentence holds, right
    /// before its comma, is whom the sentence is about, as a subject is.
    /// </summary>
    private bool Topic(Paragraph paragraph, Sentence sent, Mention mention) =>
        mention.TokenStart == sent.TokenStart + 1 && mention.TokenEnd < sent.TokenEnd
        && topicOpeners.Contains(paragraph.Span(paragraph.Tokens[sent.TokenStart])) && paragraph.Span(paragraph.Tokens[mention.TokenEnd]) is ",";

    /// <summary>The first mention of a sentence that no preposition or conjunction introduces looks like its subject.</summary>
    internal bool IsSubject(Paragraph paragraph, Sentence sent, int t, bool firstMention) =>
        firstMention && (t == sent.TokenStart || !notSubjectAfter.Contains(paragraph.Span(paragraph.Tokens[t - 1])));

    /// <summary>True when a preposition stands right before token <paramref name="t"/>, or before an article there ("of the Soviet Union").</summary>
    internal bool AfterPreposition(Paragraph paragraph, Sentence sent, int t)
    {
        if (t > sent.TokenStart + 1 && paragraph.Span(paragraph.Tokens[t - 1]) is "the" or "a" or "an")
        {
            t--;
        }

        return t > sent.TokenStart && notSubjectAfter.Contains(paragraph.Span(paragraph.Tokens[t - 1]));
    }

    /// <summary>
    /// "The Russians launched their attack": a country's demonym after "the", written as a plural people ("-s", "-ese",
    /// "-sh", "-ch") and heading its phrase (no noun and no capitalised word after it).
    /// </summary>
    internal bool IsPeople(Paragraph paragraph, Sentence sent, Mention mention)
    {
        if (mention.Kind != MentionKind.Demonym || mention.Entity.Type != EntityType.Country || mention.TokenStart <= sent.TokenStart
            || !paragraph.Span(paragraph.Tokens[mention.TokenStart - 1]).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> word = paragraph.Text.AsSpan(mention.Start, mention.End - mention.Start);
        bool plural = word.EndsWith("s", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
            || word.EndsWith("sh", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal);
        if (!plural || !PluralPronounAfter(paragraph, mention.TokenEnd, sent.TokenEnd))
        {
            return false;
        }

        // "the Chinese economy" is no people: the word after must be no noun, nor a hyphen ("the Chinese-built railway");
        // "the Turkish Ottoman Empire": a capitalised word after it makes it a name's modifier.
        int next = mention.TokenEnd;
        return next >= sent.TokenEnd || paragraph.Tokens[next].Kind != TokenKind.Word && !paragraph.Span(paragraph.Tokens[next]).Equals("-", StringComparison.Ordinal)
            || char.IsLower(paragraph.Span(paragraph.Tokens[next])[0])
                && paragraph.Syntax?.Upos(next) is Upos.Verb or Upos.Aux or Upos.Adv or Upos.Adp or Upos.Sconj or Upos.Cconj or Upos.Pron;
    }

    /// <summary>
    /// Whether a plural pronoun ("they", "them", "their") stands in [<paramref name="from"/>, <paramref name="end"/>): only then may a
    /// people be an antecedent, so only then is the sentence tagged.
    /// </summary>
    private bool PluralPronounAfter(Paragraph paragraph, int from, int end)
    {
        for (int t = from; t < end; t++)
        {
            if (pluralPronouns.Contains(paragraph.Span(paragraph.Tokens[t])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The index in <paramref name="candidates"/> of the first of two names of one type joined by "and" when
    /// <paramref name="mention"/> is the second ("China and Russia", "Chris Wray and MI5 Director Ken McCallum"), or -1.
    /// </summary>
    private static int Conjunct(Paragraph paragraph, Sentence sent, Mention mention, List<AntecedentCandidate> candidates)
    {
        int and = mention.TokenStart - 1;
        while (and > sent.TokenStart && and >= mention.TokenStart - 1 - CoreferenceResolver.TitleReach && paragraph.Tokens[and].Is(TokenShape.Capitalised))
        {
            and--;
        }

        if (and <= sent.TokenStart || paragraph.Span(paragraph.Tokens[and]) is not "and")
        {
            return -1;
        }

        for (int i = candidates.Count - 1; i >= 0 && candidates[i].Paragraph == paragraph.Index; i--)
        {
            AntecedentCandidate c = candidates[i];
            if (!c.Chained && c.Mention.TokenEnd == and)
            {
                return c.Entity.Type == mention.Entity.Type && !SameEntity.Is(c.Entity, mention.Entity) ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// How many names a coordination joins whose last "and" has candidate <paramref name="first"/> before it: that one,
    /// the name after "and", and each name of its type right before it with only a comma between ("China, Afghanistan
    /// and Pakistan": 3).
    /// </summary>
    private static int Listed(Paragraph paragraph, List<AntecedentCandidate> candidates, int first)
    {
        int listed = 2;
        for (int k = first; k > 0; k--, listed++)
        {
            AntecedentCandidate before = candidates[k - 1], after = candidates[k];
            if (before.Chained || before.Paragraph != after.Paragraph || before.Sentence != after.Sentence || before.Entity.Type != after.Entity.Type
                || after.Mention.TokenStart - before.Mention.TokenEnd != 1 || paragraph.Span(paragraph.Tokens[before.Mention.TokenEnd]) is not ",")
            {
                break;
            }
        }

        return listed;
    }

    /// <summary>True when a hyphen right after the mention, with no space around it, joins it to a word.</summary>
    private static bool HyphenJoined(Paragraph paragraph, Sentence sent, int end) =>
        end + 1 < sent.TokenEnd && paragraph.Span(paragraph.Tokens[end]) is "-"
        && paragraph.Tokens[end].Start == paragraph.Tokens[end - 1].End && paragraph.Tokens[end + 1].Start == paragraph.Tokens[end].End;

    /// <summary>True when "'s" and a word follow the mention ("Afghanistan's neighbours"): it modifies the noun after it.</summary>
    private static bool Possessor(Paragraph paragraph, Sentence sent, int end) =>
        end + 1 < sent.TokenEnd && paragraph.Normalised.AsSpan(paragraph.Tokens[end].Start, paragraph.Tokens[end].Length) is "'s"
        && paragraph.Tokens[end + 1].Kind == TokenKind.Word;
}
