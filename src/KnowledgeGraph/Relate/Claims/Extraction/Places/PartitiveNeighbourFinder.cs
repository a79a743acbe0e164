using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A state the sentence places among another state's neighbours borders it: a word of claim_cues <c>partitives</c>
/// before the possessor and a neighbour noun (the BORDERS nouns written before "of"), with the placed state as the
/// clause's subject before a copula ("Tajikistan has been the harshest critic of the Taliban among Afghanistan's
/// neighbours", "Tajikistan was long the most hostile of Afghanistan's northern neighbours") or, when the phrase opens
/// the sentence, as the one country named after it ("Among Afghanistan's neighbors, none have engaged more visibly with
/// the Taliban regime … than China").
/// </summary>
internal sealed class PartitiveNeighbourFinder
{
    /// <summary>Plain words allowed between the possessive and the noun ("northern", "immediate").</summary>
    private const int MaxModifiers = 2;

    private readonly PhraseIndex<string> partitives;
    private readonly WordSet nouns;

    public PartitiveNeighbourFinder(PredicateLexicon lexicon, PredicateDefinition borders)
    {
        partitives = lexicon.Cues.Partitives;
        nouns = NeighbourNouns(borders);
    }

    /// <summary>The neighbour nouns: the first words of the BORDERS nouns written before "of" ("neighbours of" → "neighbours").</summary>
    public static WordSet NeighbourNouns(PredicateDefinition borders)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string noun in borders.Nouns)
        {
            string[] parts = PhraseWords.Split(noun);
            if (parts.Length == 2 && parts[1].Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                words.Add(parts[0]);
            }
        }

        return new WordSet([.. words]);
    }

    /// <summary>
    /// The mention of the state placed among the neighbours of possessive mention <paramref name="owner"/>, and the
    /// neighbour noun's token; (-1, -1) when the sentence places none.
    /// </summary>
    public (int Member, int Noun) Find(SentenceView view, int owner)
    {
        int before = view.MentionFirst(owner) - 1;
        if (before < view.First || partitives.LongestAt(view, before) != 1)
        {
            return (-1, -1);
        }

        int noun = view.AfterMention(owner);
        for (int k = 0; k < MaxModifiers && noun < view.End && !nouns.At(view, noun) && IsPlainWord(view, noun); k++)
        {
            noun++;
        }

        if (noun >= view.End || view.MentionIndexAt(noun) >= 0 || !nouns.At(view, noun))
        {
            return (-1, -1);
        }

        int member = before == view.First ? OnlyCountryAfter(view, owner, noun + 1) : CopulaSubject(view, owner, before);
        return member >= 0 ? (member, noun) : (-1, -1);
    }

    /// <summary>The sentence's opening country before a copula ("has been", "was") with no comma up to <paramref name="before"/>.</summary>
    private static int CopulaSubject(SentenceView view, int owner, int before)
    {
        int subject = view.MentionIndexAt(view.First);
        if (subject < 0 || !IsCountry(view, subject, owner))
        {
            return -1;
        }

        int i = view.AfterMention(subject);
        i += GrammarWords.HaveForms.StartsAt(view, i) ? 1 : 0;
        if (!GrammarWords.Copulas.StartsAt(view, i) && !view.Is(i, "been"))
        {
            return -1;
        }

        for (int k = i + 1; k < before; k++)
        {
            if (view.Is(k, ",") || view.MentionIndexAt(k) is >= 0 and var m && view.Mention(m).Entity.Type == EntityType.Country)
            {
                return -1;
            }
        }

        return subject;
    }

    /// <summary>The one country (by distinct entity) named from token <paramref name="from"/> on; -1 for none or several.</summary>
    private static int OnlyCountryAfter(SentenceView view, int owner, int from)
    {
        int found = -1;
        for (int m = 0; m < view.MentionCount; m++)
        {
            if (view.MentionFirst(m) < from || !IsCountry(view, m, owner))
            {
                continue;
            }

            if (found >= 0 && view.Mention(found).Entity.Id != view.Mention(m).Entity.Id)
            {
                return -1;
            }

            found = found < 0 ? m : found;
        }

        return found;
    }

    /// <summary>A country named in the sentence itself (not a pronoun or description) other than the possessor.</summary>
    private static bool IsCountry(SentenceView view, int m, int owner) =>
        view.Mention(m).Entity.Type == EntityType.Country && view.Mention(m).Kind is not (MentionKind.Partial or MentionKind.Described)
        && view.Mention(m).Entity.Id != view.Mention(owner).Entity.Id;

    private static bool IsPlainWord(SentenceView view, int i) =>
        view.MentionIndexAt(i) < 0 && view.Token(i).Kind == TokenKind.Word;
}
