using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A recipient taking what a giver's demonym, possessive or name marks as the giver's: "Kazakhstan embraced Chinese
/// investment", "the Taliban face UN sanctions", "Kazakhstan relies heavily on Chinese investment", "Pakistan took Chinese loans", "Djibouti's reliance on
/// Chinese financing" → the giver INVESTS_IN, FUNDS or PROVIDES_AID_TO the recipient. The verb (or noun) of receiving is
/// one of the <c>receiving</c> cues; the noun after the giver is the first word of a nominal trigger of a predicate
/// marked <see cref="PredicateDefinition.Received"/>, the predicates whose object is the party that receives
/// ("investment in", "aid to", "loans to", "support for"). The giver may also follow the noun after "from", the noun coming right
/// after the verb or after an article, fillers and an amount: "Zambia received loans from China", "Kenya took a $3.2
/// billion loan from China", "drew criticism from Tajik officials" (a demonym before an actor noun). The recipient is
/// the verb's subject, or the possessor of the noun of receiving. A project named after "for" behind the giver of a FUNDS
/// noun is funded too ("a loan from China for the Gwadar port"). One instance per reader; not thread-safe.
/// </summary>
internal sealed class ReceivedReader
{
    private const int MaxFillers = 3;
    /// <summary>Words of an article, fillers and an amount before a noun received from a giver ("a $3.2 billion").</summary>
    private const int MaxAmountWords = 6;
    private readonly ClaimCues cues;
    private readonly SubjectFinder subjectFinder;
    private const int MaxCueWords = 3;
    private readonly WordTable<Trigger> nouns;
    /// <summary>Nouns of several words under their last word ("credit line"), for a noun read back from "from".</summary>
    private readonly WordTable<Trigger> nounsByLast;
    private readonly List<Argument> recipients = [];

    public ReceivedReader(PredicateLexicon lexicon, SubjectFinder subjectFinder)
    {
        cues = lexicon.Cues;
        this.subjectFinder = subjectFinder;
        var byNoun = new Dictionary<string, Trigger>(StringComparer.OrdinalIgnoreCase);
        var byLast = new Dictionary<string, Trigger>(StringComparer.OrdinalIgnoreCase);
        foreach (PredicateDefinition predicate in lexicon.Predicates)
        {
            if (!predicate.Received)
            {
                continue;
            }

            // A noun of several words ("debt forgiveness to") is listed under its first word with all its words but the
            // preposition, and read only where they all stand ("Chinese debt" is no debt forgiveness).
            foreach (string noun in predicate.Nouns)
            {
                string[] words = noun.Split(' ')[..^1];
                byNoun.TryAdd(words[0], new Trigger(words, TriggerKind.Noun, predicate, null));
                if (words.Length > 1)
                {
                    byLast.TryAdd(words[^1], new Trigger(words, TriggerKind.Noun, predicate, null));
                }
            }
        }

        nouns = new WordTable<Trigger>(byNoun);
        nounsByLast = new WordTable<Trigger>(byLast);
        CueWords = [.. byNoun.Keys, .. byLast.Keys];
    }

    /// <summary>
    /// The received nouns' first and last words: every claim this reader finds names a received noun, found by its first
    /// word or, before "from", by its last; a sentence with none of these words gives none.
    /// </summary>
    public IReadOnlyList<string> CueWords { get; }

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (nouns.Count == 0)
        {
            return;
        }

        // Driven by the giver's mention, not by every token: a sentence has few demonyms and possessives.
        for (int giver = 0; giver < view.MentionCount; giver++)
        {
            int from = view.BeforeMention(giver);
            // "received a loan from China's Exim Bank": the body after its state's possessive is the giver.
            if (giver > 0 && view.IsPossessive(giver - 1) && !view.IsPossessivePronoun(giver - 1) && view.AfterMention(giver - 1) == view.MentionFirst(giver))
            {
                from = view.MentionFirst(giver - 1) - 1;
            }

            // "drawing condemnation from the United States and the European Union": a later conjunct gives too.
            from = view.Is(from, "from") ? from : FromBeforeConjuncts(view, giver);
            if (view.Is(from, "from"))
            {
                ReadFrom(view, giver, from, output);
                continue;
            }

            if (view.Is(view.AfterMention(giver), "for"))
            {
                ReadFor(view, giver, output);
                continue;
            }

            // "Iran has weathered US sanctions", "Pakistan received US aid": a state's or body's name before the noun marks it
            // as a demonym does.
            if (view.IsPossessivePronoun(giver) || !(view.Mention(giver).Kind == MentionKind.Demonym || view.IsPossessive(giver)
                || view.Mention(giver).Kind is MentionKind.Name or MentionKind.Acronym && view.Mention(giver).Entity.Type is EntityType.Country or EntityType.Organisation))
            {
                continue;
            }

            if (NounAt(view, view.AfterMention(giver)) is not (>= 0 and var noun, { } found) || NamesOwnRecipient(view, noun + found.Words.Length))
            {
                continue;
            }

            int last = view.MentionFirst(giver) - 1;
            // "defaulted on its Chinese loans": the recipient's possessive pronoun is a filler too.
            for (int n = 0; n < MaxFillers && last >= view.First && (view.MentionIndexAt(last) < 0 || view.IsPossessivePronoun(view.MentionIndexAt(last)))
                && cues.Fillers.StartsAt(view, last); n++)
            {
                last--;
            }

            Emit(view, giver, ReceivingEndingAt(view, SkipAmount(view, SkipSum(view, last))), found, noun, output);
        }
    }

    /// <summary>
    /// True when a preposition at <paramref name="i"/>, right after the noun, is followed by a name ("welcomed Chinese help
    /// to Tajikistan"): the noun names its own recipient, and whoever welcomes or takes it is none.
    /// </summary>
    private static bool NamesOwnRecipient(SentenceView view, int i)
    {
        int name = view.Is(i + 1, "the") ? i + 2 : i + 1;
        return GrammarWords.Prepositions.StartsAt(view, i) && view.MentionIndexAt(name) is >= 0 and var m && view.MentionFirst(m) == name
            && view.Mention(m).Kind != MentionKind.Demonym;
    }

    /// <summary>
    /// "took a $3.2 billion Chinese loan": an amount right before the giver (a number with currency signs and amount
    /// words) and the article and fillers before it are stepped back over ("took out a $2 billion Chinese loan"); the
    /// token before them, or <paramref name="last"/>.
    /// </summary>
    private int SkipAmount(SentenceView view, int last)
    {
        int j = last;
        int words = 0;
        bool number = false;
        while (j >= view.First && words < MaxAmountWords && view.MentionIndexAt(j) < 0 && Sums.IsAmountToken(view, cues, j))
        {
            number |= view.Token(j).Kind is TokenKind.Number;
            j--;
            words++;
        }

        // A sum has a number: "around" alone ("get around Western sanctions") is no amount.
        if (!number)
        {
            return last;
        }

        for (int n = 0; n < MaxFillers && j >= view.First && view.MentionIndexAt(j) < 0 && cues.Fillers.StartsAt(view, j); n++)
        {
            j--;
        }

        return j;
    }

    /// <summary>
    /// The first word of a nominal trigger from <paramref name="i"/> on, past up to three fillers ("Chinese economic
    /// investment", "for fresh loans"), and its predicate and trigger; (-1, null) when no such noun comes there.
    /// </summary>
    private (int Noun, Trigger? Found) NounAt(SentenceView view, int i)
    {
        // "thanked China for its support": the giver's possessive pronoun is a filler too.
        for (int n = 0; n < MaxFillers && i < view.End && (view.MentionIndexAt(i) < 0 || view.IsPossessivePronoun(view.MentionIndexAt(i)))
            && nouns.Find(view, i) is null && cues.Fillers.StartsAt(view, i); n++)
        {
            i++;
        }

        return i < view.End && view.MentionIndexAt(i) < 0 && nouns.Find(view, i) is { } found && view.WordsMatch(i, found.Words)
            ? (i, found) : (-1, null);
    }

    /// <summary>The giver states the trigger's predicate towards each recipient of the verb of receiving at <paramref name="verb"/> (none when -1).</summary>
    private void Emit(SentenceView view, int giver, int verb, Trigger trigger, int noun, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (verb < 0)
        {
            return;
        }

        Recipients(view, verb);
        foreach (Argument recipient in recipients)
        {
            if (recipient.Mention != giver)
            {
                output.Add((new ClaimCandidate(giver, recipient.Mention, 0.8f * recipient.Weight, verb, verb, null), trigger, noun));
            }
        }
    }

    /// <summary>
    /// "has received billions of dollars in Chinese investment": a sum between the verb and the giver ending in "in" or
    /// "of" (numbers, currency signs, amount words) is stepped back over; the token before it, or <paramref name="last"/>.
    /// </summary>
    private int SkipSum(SentenceView view, int last)
    {
        if (!(view.Is(last, "in") || view.Is(last, "of")))
        {
            return last;
        }

        int j = last - 1;
        int words = 0;
        while (j >= view.First && words < MaxAmountWords && view.MentionIndexAt(j) < 0
            && (Sums.IsAmountToken(view, cues, j) || view.Is(j, "of")))
        {
            j--;
            words++;
        }

        return words > 0 ? j : last;
    }

    /// <summary>
    /// "received loans from China", "took a $3.2 billion loan from the World Bank", "received $2 billion in loans from
    /// China", "has taken loans worth $6 billion from Chinese lenders": the noun right before "from" (<paramref name="from"/>)
    /// or before its worth, then back over an article, fillers and an amount, or a sum ending in "in", to a verb of
    /// receiving; the giver after "from" states the noun's predicate towards the verb's subject, or, with no such verb,
    /// towards a name right after "to" behind the giver ("a credit line from China Development Bank to Samruk-Kazyna").
    /// </summary>
    private void ReadFrom(SentenceView view, int giver, int from, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        int noun = from - 1;
        // "has taken loans worth $6 billion from Chinese lenders": the noun's worth stands between it and "from".
        int worth = noun;
        for (int n = 0; n < MaxAmountWords && worth > view.First && !view.Is(worth, "worth") && view.MentionIndexAt(worth) < 0 && Sums.IsAmountToken(view, cues, worth); n++)
        {
            worth--;
        }

        noun = worth < noun && view.Is(worth, "worth") ? worth - 1 : noun;
        // "drew criticism from Tajik officials": a demonym gives only as the owner of an actor noun after it.
        bool demonym = view.Mention(giver).Kind == MentionKind.Demonym;
        if (noun < view.First || view.MentionIndexAt(noun) >= 0 || (demonym && !cues.Actors.StartsAt(view, view.AfterMention(giver))) || view.IsPossessive(giver))
        {
            return;
        }

        // "a credit line from China Development Bank": a noun of several words ending before "from" is read from its first.
        Trigger? found = nouns.Find(view, noun) is { Length: 1 } single ? single : null;
        if (found is null && nounsByLast.Find(view, noun) is { } multi && view.WordsMatch(noun - multi.Length + 1, multi.Words)
            && view.MentionIndexAt(noun - multi.Length + 1) < 0)
        {
            found = multi;
            noun -= multi.Length - 1;
        }

        if (found is null)
        {
            return;
        }

        int last = noun - 1;
        // "took out oil-backed loans from China": the words of a hyphenated modifier are stepped over with the fillers.
        for (int n = 0; n < MaxAmountWords && last >= view.First && view.MentionIndexAt(last) < 0
            && (cues.Fillers.StartsAt(view, last) || Sums.IsAmountToken(view, cues, last) || view.Is(last, "-") || view.Is(last - 1, "-") || view.Is(last + 1, "-")); n++)
        {
            last--;
        }

        if (found.Predicate.Name == "FUNDS" && LentForProject.Find(view, view.AfterMention(giver)) is >= 0 and var project)
        {
            // "secured financing from the Export-Import Bank of China for the Kambarata-1 dam": the project lent for.
            output.Add((new ClaimCandidate(giver, project, 0.8f, noun, noun, null), found, noun));
        }

        int verb = ReceivingEndingAt(view, SkipSum(view, last));
        if (verb >= 0)
        {
            Emit(view, giver, verb, found, noun, output);
            return;
        }

        // "a $1.2 billion credit line from China Development Bank to Samruk-Kazyna": with no verb of receiving, a name
        // right after "to" behind the giver receives.
        int to = view.AfterMention(giver);
        if (view.Is(to, "to") && view.MentionIndexAt(to + 1) is >= 0 and var recipient && view.MentionFirst(recipient) == to + 1
            && view.Mention(recipient).Kind != MentionKind.Demonym && !view.IsPossessive(recipient))
        {
            output.Add((new ClaimCandidate(giver, recipient, 0.8f, noun, noun, null), found, noun));
        }
    }

    /// <summary>
    /// The "from" before the names coordinated ahead of mention <paramref name="m"/> ("from the United States and the
    /// European Union"), or -1.
    /// </summary>
    private static int FromBeforeConjuncts(SentenceView view, int m)
    {
        const int MaxConjuncts = 5;
        int j = view.BeforeMention(m);
        for (int n = 0; n < MaxConjuncts && (view.Is(j, "and") || view.Is(j, ",")); n++)
        {
            j -= view.Is(j, "and") && view.Is(j - 1, ",") ? 2 : 1;
            if (view.MentionIndexAt(j) is not (>= 0 and var before) || view.MentionLast(before) != j)
            {
                return -1;
            }

            j = view.BeforeMention(before);
            if (view.Is(j, "from"))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Sri Lanka turned to China for loans", "Kabul relies heavily on China for economic support": a giver named right
    /// after a verb of receiving (past "the"), then "for", fillers and a noun of giving; the giver states the noun's
    /// predicate towards the verb's subject.
    /// </summary>
    private void ReadFor(SentenceView view, int giver, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (view.Mention(giver).Kind == MentionKind.Demonym || view.IsPossessive(giver))
        {
            return;
        }

        if (NounAt(view, view.AfterMention(giver) + 1) is not (>= 0 and var noun, { } found))
        {
            return;
        }

        int last = view.MentionFirst(giver) - 1;
        last -= view.Is(last, "the") ? 1 : 0;
        Emit(view, giver, ReceivingEndingAt(view, last), found, noun, output);
    }

    /// <summary>
    /// The first token of a verb or noun of receiving that ends at <paramref name="last"/>, with one adverb of
    /// <c>receiving_adverbs</c> allowed after its first word ("relies heavily on"); -1 when none ends there.
    /// </summary>
    private int ReceivingEndingAt(SentenceView view, int last)
    {
        int first = cues.Receiving.StartEndingAt(view, last, MaxCueWords);
        if (first >= 0)
        {
            return first;
        }

        // "relies heavily on" read as "relies on": the verb's word, then the word after the adverb.
        int verb = last - 2;
        return verb >= view.First && cues.ReceivingAdverbs.LongestAt(view, verb + 1) == 1 && Joined(view, verb, last) ? verb : -1;
    }

    /// <summary>True when the word at <paramref name="verb"/> and the one at <paramref name="prep"/> together are a two-word <c>receiving</c> cue.</summary>
    private bool Joined(SentenceView view, int verb, int prep)
    {
        foreach (string phrase in cues.ReceivingPhrases)
        {
            int space = phrase.IndexOf(' ');
            if (space > 0 && phrase.IndexOf(' ', space + 1) < 0 && view.Word(verb).Equals(phrase.AsSpan(0, space), StringComparison.OrdinalIgnoreCase)
                && view.Word(prep).Equals(phrase.AsSpan(space + 1), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The possessor right before a noun of receiving ("Djibouti's reliance on"), else the subject of the verb.</summary>
    private void Recipients(SentenceView view, int verb)
    {
        recipients.Clear();
        int possessor = SubjectFinder.EndingAt(view, verb - 1);
        if (possessor >= 0 && view.IsPossessive(possessor) && !view.IsPossessivePronoun(possessor))
        {
            recipients.Add(new Argument(possessor, 1f));
            return;
        }

        subjectFinder.Find(view, verb, recipients, out _);
    }
}
