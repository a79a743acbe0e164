using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A body, place or site described in an apposition or after a copula by what it is and where: "Fana Television, a
/// state broadcaster in Ethiopia", "Afrobarometer, an African research network", "TBEA, a power equipment maker from
/// Xinjiang", "TBEA, a Xinjiang power equipment maker" → the body BASED_IN the place written after "in" (after "from" for an
/// organisation), or the country or region whose demonym or name the description holds before its noun; PART_OF the country when the description
/// makes it the state's own (a <c>state_owned</c> cue), also the state a reference resolves "the state" to ("Uzbekneftegaz,
/// the state energy company"). A place so described ("Raqqa, a city in northern Syria", "Kunduz
/// is a province in Afghanistan", "a Syrian city") is PART_OF the place or country; a site or project ("Mes Aynak, a
/// copper mine in Logar province") is BASED_IN it. The description opens with an article, holds only lower-case words
/// and a demonym, and ends in a noun of the list for the described name's type: <c>body_nouns</c> (newspaper,
/// broadcaster, group, militia…) for organisations and groups, <c>place_heads</c> for places, <c>site_heads</c> for
/// projects, as "Chinese manufacturer Xiaomi" does for <see cref="Roles.NationalityReader"/>. After a copula the name
/// opens its clause. One instance per reader; not thread-safe.
/// </summary>
internal sealed class DescribedBodyReader
{
    private const int MaxWords = 5;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? basedIn;
    private readonly PredicateDefinition? partOf;

    public DescribedBodyReader(PredicateLexicon lexicon)
    {
        cues = lexicon.Cues;
        basedIn = lexicon.Find("BASED_IN");
        partOf = lexicon.Find("PART_OF");
    }

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (basedIn is null || partOf is null)
        {
            return;
        }

        for (int m = 0; m < view.MentionCount; m++)
        {
            // A name ("Fana Television"), not a demonym or a description coreference resolved.
            if (Heads(view.Mention(m).Entity.Type) is not { } heads || view.Mention(m).Kind == MentionKind.Demonym
                || !view.Token(view.MentionFirst(m)).Is(TokenShape.Capitalised) || view.IsPossessive(m))
            {
                continue;
            }

            int comma = view.AfterMention(m);
            if ((view.Is(comma, ",") || (IsCopula(view, comma) && OpensClause(view, m))) && IsArticle(view, comma + 1))
            {
                Describe(view, m, comma + 2, heads, output);
            }
        }
    }

    /// <summary>The nouns that may head the description of a name of <paramref name="type"/>; null for other types.</summary>
    private PhraseIndex<string>? Heads(EntityType type) => type switch
    {
        EntityType.Organisation or EntityType.Group => cues.BodyNouns,
        EntityType.Place => cues.PlaceHeads,
        EntityType.Project => cues.SiteHeads,
        _ => null,
    };

    private static bool IsArticle(SentenceView view, int i) => view.Is(i, "a") || view.Is(i, "an") || view.Is(i, "the");

    private static bool IsCopula(SentenceView view, int i) => view.Is(i, "is") || view.Is(i, "was");

    /// <summary>True when the name opens the sentence or a clause after a comma, after "the" at most.</summary>
    private static bool OpensClause(SentenceView view, int m)
    {
        int before = view.MentionFirst(m) - 1;
        before -= view.Is(before, "the") ? 1 : 0;
        return before < view.First || view.Is(before, ",");
    }

    /// <summary>Reads the description from <paramref name="from"/>: its demonym, its head noun and the place after "in".</summary>
    private void Describe(SentenceView view, int body, int from, PhraseIndex<string> heads, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        bool place = view.Mention(body).Entity.Type == EntityType.Place;
        int demonym = -1;
        bool state = false;
        for (int i = from; i < view.End && i < from + MaxWords; i++)
        {
            int m = view.MentionIndexAt(i);
            if (m >= 0 && StateReference(view, m))
            {
                demonym = m;
                state = true;
                i = view.MentionLast(m);
                continue;
            }

            if (m >= 0)
            {
                // "a hardline Pakistani-sponsored movement": a demonym joined by a hyphen to a participle names a backer,
                // not where the body is; a place's own name may stand where its demonym would ("a Xinjiang power
                // equipment maker") when a lower-case word of the phrase follows it.
                if (view.Mention(m).Entity.Type is not (EntityType.Country or EntityType.Place) || view.Is(view.MentionLast(m) + 1, "-")
                    || view.Mention(m).Kind != MentionKind.Demonym && !ModifiesNoun(view, m))
                {
                    return;
                }

                demonym = m;
                i = view.MentionLast(m);
                continue;
            }

            state |= cues.StateOwned.LongestAt(view, i) > 0;
            int length = heads.LongestAt(view, i);
            if (length == 0)
            {
                // "a 350-km Afghan panhandle": a measure before the noun describes it.
                if (view.Token(i).Kind is not (TokenKind.Word or TokenKind.Number) && !view.Is(i, "-") || view.Token(i).Kind == TokenKind.Word && !view.Token(i).Is(TokenShape.AllLower))
                {
                    return;
                }

                continue;
            }

            // The noun ends the phrase: "a state broadcaster in Ethiopia", "an African research network," (not "a news
            // agency report"); an organisation's noun may also end before "from" and where it comes from ("a power
            // equipment maker from Xinjiang"), an armed group's not (its origin is not its base).
            int next = i + length;
            bool placing = view.Is(next, "in") || view.Is(next, "from") && view.Mention(body).Entity.Type == EntityType.Organisation;
            if (next < view.End && view.MentionIndexAt(next) < 0 && view.Token(next).Kind == TokenKind.Word && view.Token(next).Is(TokenShape.AllLower)
                && !placing && !EndsPhrase(view, next))
            {
                i = next - 1;
                continue;
            }

            int at = view.Is(next + 1, "the") ? next + 2 : next + 1;
            at += cues.PlaceModifiers.LongestAt(view, at);
            int where = placing ? PlaceAt(view, at) : -1;
            var trigger = new Trigger([view.Word(i).ToString()], TriggerKind.Title, basedIn!, null);
            if (where >= 0 && view.Mention(where).Entity.Id != view.Mention(body).Entity.Id)
            {
                bool own = place || state && view.Mention(where).Entity.Type == EntityType.Country;
                output.Add((new ClaimCandidate(body, where, 0.85f, next, next, null), own ? trigger with { Predicate = partOf! } : trigger, i));
            }

            if (demonym >= 0 && (where < 0 || view.Mention(where).Entity.Id != view.Mention(demonym).Entity.Id) && !PlacedElsewhere(view, body, next))
            {
                bool own = place || state && view.Mention(demonym).Entity.Type == EntityType.Country;
                output.Add((new ClaimCandidate(body, demonym, 0.85f, from, from, null), own ? trigger with { Predicate = partOf! } : trigger, i));
            }

            return;
        }
    }

    /// <summary>
    /// "Jamaat Ansarullah, a Tajik militant group that shelters in Badakhshan": an armed group's demonym says where it comes
    /// from when a relative after the noun places it elsewhere (<see cref="PresenceReader"/> reads that place).
    /// </summary>
    private bool PlacedElsewhere(SentenceView view, int body, int next) =>
        (view.Is(next, "that") || view.Is(next, "which")) && PresenceReader.IsArmedGroup(view.Mention(body).Entity)
        && PresenceReader.Verb(view, cues, next, cues.PresenceVerbs) is >= 0 and var verb
        && PresenceReader.Place(view, cues, verb + cues.PresenceVerbs.LongestAt(view, verb), fromAllowed: true) >= 0;

    /// <summary>
    /// True when <paramref name="m"/> is a reference resolved to a country that ends in a word making a body the state's
    /// own ("Uzbekneftegaz, the state energy company": "the state" resolved to Uzbekistan).
    /// </summary>
    private bool StateReference(SentenceView view, int m) =>
        view.Mention(m).Kind == MentionKind.Partial && view.Mention(m).Entity.Type == EntityType.Country
        && !view.Token(view.MentionLast(m)).Is(TokenShape.Capitalised) && cues.StateOwned.LongestAt(view, view.MentionLast(m)) == 1;

    /// <summary>
    /// True when the place's own written name <paramref name="m"/> (not a capital standing for its government, nor a
    /// reference) stands before a lower-case word of the description, as a demonym would.
    /// </summary>
    private static bool ModifiesNoun(SentenceView view, int m)
    {
        int next = view.AfterMention(m);
        return view.Mention(m).Kind is MentionKind.Name or MentionKind.Acronym or MentionKind.Learned or MentionKind.Discovered
            && view.Token(view.MentionFirst(m)).Is(TokenShape.Capitalised) && !view.IsPossessive(m) && next < view.End && view.MentionIndexAt(next) < 0 && view.Token(next).Kind == TokenKind.Word
            && view.Token(next).Is(TokenShape.AllLower);
    }

    /// <summary>
    /// A country's or place's name (no demonym) starting at <paramref name="at"/>, or -1; a possessive one before another
    /// place's name gives that inner place ("a town in Pakistan's Balochistan province": Balochistan).
    /// </summary>
    private static int PlaceAt(SentenceView view, int at)
    {
        int m = NameAt(view, at);
        return m >= 0 && view.IsPossessive(m) && NameAt(view, view.AfterMention(m)) is >= 0 and var inner ? inner : m;
    }

    private static int NameAt(SentenceView view, int at)
    {
        int m = at < view.End ? view.MentionIndexAt(at) : -1;
        return m >= 0 && view.MentionFirst(m) == at && view.Mention(m).Kind != MentionKind.Demonym
            && view.Mention(m).Entity.Type is EntityType.Country or EntityType.Place ? m : -1;
    }

    /// <summary>Words that close the description's noun phrase: a relative, or a participle ("focused on", "based in").</summary>
    private static bool EndsPhrase(SentenceView view, int i) =>
        GrammarWords.Relatives.StartsAt(view, i) || view.Word(i).EndsWith("ed", StringComparison.Ordinal)
        || view.Word(i).EndsWith("ing", StringComparison.Ordinal);
}
