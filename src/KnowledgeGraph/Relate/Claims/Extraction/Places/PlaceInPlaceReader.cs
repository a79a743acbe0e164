using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A town written before the state or province it lies in and a comma ("He died in Cambridge, Massachusetts", "Yiwu,
/// Zhejiang") → PART_OF, where <see cref="PlaceApposition"/> allows the pair. Two places are no list: no capitalised word
/// and comma stands before the first or after the second, and no "and" or "or" follows ("Tulsa, Sand Springs, Sapulpa,
/// Jenks, and Broken Arrow" lists towns). A place, a comma and "in" before a country or place ("born in Groningen, in the
/// Netherlands", "Camp Lemonnier, in the East African nation of Djibouti") lies in it too; a project, or a site named by
/// a site noun, is BASED_IN it. A place's possessive before a place named as a district, town or city holds it ("Balkh's
/// Chahar Bolak district", "Afghanistan's northern Takhar province"), and so does "whose" after a place's name and a comma
/// ("Kyrgyzstan, whose Batken region borders Tajikistan"), and so does "of" after a place named as one ("Jaghatu district of
/// Ghazni province"). Token rules only: the sentence is not parsed for it.
/// </summary>
internal sealed class PlaceInPlaceReader
{
    private readonly PredicateDefinition? partOf;
    private readonly PredicateDefinition? basedIn;
    private readonly PlaceApposition places;
    private readonly ClaimCues cues;
    private readonly Func<string, Entity?> entities;

    public PlaceInPlaceReader(PredicateLexicon lexicon, Func<string, Entity?> entities)
    {
        this.entities = entities;
        partOf = lexicon.Find("PART_OF");
        basedIn = lexicon.Find("BASED_IN");
        places = new PlaceApposition(entities);
        cues = lexicon.Cues;
    }

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (partOf is null)
        {
            return;
        }

        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            int comma = view.MentionLast(m) + 1;
            if (view.Is(comma, ",") && view.MentionFirst(m + 1) == comma + 1 && IsName(view, m) && IsName(view, m + 1)
                && places.MayHold(view.Mention(m + 1).Entity, view.Mention(m).Entity) && !Listed(view, m, m + 1))
            {
                output.Add((new ClaimCandidate(m, m + 1, 0.9f, comma, comma, null), new Trigger([","], TriggerKind.Title, partOf, null), comma));
            }
            else if (view.Is(comma, ",") && view.Is(comma + 1, "in") && IsName(view, m) && view.Mention(m).Entity.Type is EntityType.Place or EntityType.Project
                && view.MentionIndexAt(PlacePhrase.Start(view, cues, comma + 2)) is var outer
                && (outer == m + 1 || outer == m + 2 && view.Mention(m + 1).Kind == MentionKind.Demonym) && view.MentionFirst(outer) > comma + 1
                && view.Mention(outer).Entity.Type is EntityType.Country or EntityType.Place && view.Mention(outer).Kind is not (MentionKind.Demonym or MentionKind.Partial)
                && !view.IsPossessive(outer) && !Listed(view, m, outer))
            {
                // "born in Groningen, in the Netherlands": "in" after the comma places the first in the second; a site named
                // by a site noun is based there ("Camp Lemonnier, in the East African nation of Djibouti").
                PredicateDefinition predicate = (Site(view, m) || view.Mention(m).Entity.Type == EntityType.Project) && basedIn is not null ? basedIn : partOf;
                output.Add((new ClaimCandidate(m, outer, 0.9f, comma + 1, comma + 1, null), new Trigger(["in"], TriggerKind.Title, predicate, null), comma + 1));
            }
            else if (PossessedPart(view, m))
            {
                // "a machine operator from Balkh's Chahar Bolak district": a place's possessive before a place named as a
                // smaller unit holds it.
                int at = view.MentionLast(m) + 1;
                output.Add((new ClaimCandidate(m + 1, m, 0.9f, at, at, null), new Trigger(["'s"], TriggerKind.Title, partOf, null), at));
            }
            else if (view.Is(comma, ",") && view.Is(comma + 1, "whose") && IsName(view, m) && NamedPart(view, m, comma + 2, countries: true))
            {
                // "Kyrgyzstan, whose Batken region borders Tajikistan": "whose" is the place's possessive.
                output.Add((new ClaimCandidate(m + 1, m, 0.9f, comma + 1, comma + 1, null), new Trigger(["whose"], TriggerKind.Title, partOf, null), comma + 1));
            }
            else if (view.Is(comma, "of") && IsName(view, m) && view.Mention(m).Entity.Type == EntityType.Place && cues.PlacePartNouns.LongestAt(view, comma - 1) == 1
                && view.MentionIndexAt(view.Is(comma + 1, "the") ? comma + 2 : comma + 1) is >= 0 and var holder && holder == m + 1
                && view.MentionFirst(holder) > comma && IsName(view, holder) && !view.IsPossessive(holder)
                && (places.MayHold(view.Mention(holder).Entity, view.Mention(m).Entity) || InCountry(view.Mention(holder).Entity, view.Mention(m).Entity)))
            {
                // "a hideout in Lakki Marwat district of Khyber Pakhtunkhwa": a place named as a district, town or city and
                // "of" lies in the place after it, as "the district of" does when the name follows the noun.
                output.Add((new ClaimCandidate(m, holder, 0.9f, comma, comma, null), new Trigger(["of"], TriggerKind.Title, partOf, null), comma));
            }
            else if (view.Is(comma, ",") && IsName(view, m) && view.Mention(m).Entity.Type == EntityType.Place && DescribedWhole(view, comma + 1) is >= 0 and var whole)
            {
                // "Kashgar, the Xinjiang city that …", "Osh, the Kyrgyz city": a noun of a place within a state, after "the"
                // and the state or province, in apposition.
                int noun = view.AfterMention(whole);
                output.Add((new ClaimCandidate(m, whole, 0.9f, noun, noun, null), new Trigger([view.Word(noun).ToString()], TriggerKind.Title, partOf, null), noun));
            }
        }
    }

    /// <summary>
    /// The state (by name or demonym) or province after "the" at <paramref name="at"/> that a noun of claim_cues
    /// <c>place_part_nouns</c> follows, with no "of" after the noun; -1 when none.
    /// </summary>
    private int DescribedWhole(SentenceView view, int at)
    {
        if (!view.Is(at, "the") || view.MentionIndexAt(at + 1) is not (>= 0 and var whole) || view.MentionFirst(whole) != at + 1 || view.IsPossessive(whole))
        {
            return -1;
        }

        Entity entity = view.Mention(whole).Entity;
        bool state = entity.Type == EntityType.Country && view.Mention(whole).Kind is not MentionKind.Partial
            || ObjectFinder.IsProvince(entity) && view.Mention(whole).Kind is not (MentionKind.Demonym or MentionKind.Partial);
        int noun = view.AfterMention(whole);
        int length = cues.PlacePartNouns.LongestAt(view, noun);
        return state && length > 0 && !view.Is(noun + length, "of") ? whole : -1;
    }

    /// <summary>
    /// True when mention <paramref name="m"/> is a place's possessive ("Balkh's") right before place <paramref name="m"/> + 1
    /// whose name ends in, or is followed by, a noun of a place within another (claim_cues <c>place_part_nouns</c>:
    /// "Chahar Bolak district", "Shar-e-Naw district"), and the gazetteer allows the one inside the other.
    /// </summary>
    private bool PossessedPart(SentenceView view, int m) =>
        view.IsPossessive(m) && view.Mention(m).Kind is not (MentionKind.Demonym or MentionKind.Partial) && NamedPart(view, m, view.AfterMention(m), countries: false);

    /// <summary>
    /// True when place <paramref name="m"/> + 1 starts at <paramref name="at"/>, past modifiers, with a name that ends in,
    /// or is followed by, a noun of claim_cues <c>place_part_nouns</c>, and the gazetteer allows it inside place
    /// <paramref name="m"/>, or, with <paramref name="countries"/>, inside country <paramref name="m"/> (a name no list
    /// holds, or one the gazetteer puts in the country: "Kyrgyzstan, whose Batken region").
    /// </summary>
    private bool NamedPart(SentenceView view, int m, int at, bool countries)
    {
        if (view.MentionFirst(m + 1) != PlacePhrase.PastModifiers(view, cues, at) || view.Mention(m + 1).Kind is MentionKind.Demonym or MentionKind.Partial)
        {
            return false;
        }

        int last = view.MentionLast(m + 1);
        return (cues.PlacePartNouns.LongestAt(view, last) == 1 || cues.PlacePartNouns.StartsAt(view, last + 1))
            && (places.MayHold(view.Mention(m).Entity, view.Mention(m + 1).Entity) || countries && InCountry(view.Mention(m).Entity, view.Mention(m + 1).Entity));
    }

    /// <summary>True when <paramref name="inner"/> is a place no list holds or one the gazetteer puts in country <paramref name="outer"/>.</summary>
    private bool InCountry(Entity outer, Entity inner) =>
        outer.Type == EntityType.Country && inner.Type == EntityType.Place
        && (inner.IsDiscovered || PlaceChain.Above(inner, entities).Exists(place => place.Id == outer.Id));

    /// <summary>True when the place's name begins or ends with a site noun (claim_cues <c>site_heads</c>): "Camp Lemonnier".</summary>
    private bool Site(SentenceView view, int m) =>
        cues.SiteHeads.LongestAt(view, view.MentionFirst(m)) > 0 || cues.SiteHeads.LongestAt(view, view.MentionLast(m)) > 0;

    /// <summary>A place written as a capitalised name of its own: no demonym, possessive or pronoun.</summary>
    private static bool IsName(SentenceView view, int m) =>
        view.Mention(m).Kind is not (MentionKind.Demonym or MentionKind.Partial) && !view.IsPossessive(m)
        && char.IsUpper(view.Word(view.MentionFirst(m))[0]);

    /// <summary>True when the pair stands in a list: a capitalised word and a comma before the first, or a comma and one, or "and" or "or", after the second.</summary>
    private static bool Listed(SentenceView view, int inner, int outer)
    {
        int before = view.MentionFirst(inner) - 1;
        int after = view.MentionLast(outer) + 1;
        return view.Is(before, ",") && before - 1 >= view.First && view.Token(before - 1).Is(TokenShape.Capitalised)
            || view.Is(after, ",") && after + 1 < view.End && view.Token(after + 1).Is(TokenShape.Capitalised)
            || view.Is(after, "and") || view.Is(after, "or");
    }
}
