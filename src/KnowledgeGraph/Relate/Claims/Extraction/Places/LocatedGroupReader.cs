using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;
using static KnowledgeGraph.Relate.Claims.Extraction.Places.GroupPlacingPhrase;
using static KnowledgeGraph.Relate.Claims.Extraction.Places.LocatedActFilter;
using static KnowledgeGraph.Relate.Claims.Extraction.Places.PlaceWholeFinder;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A group, organisation or project placed by "in" right after its name, or after one of its units ("Isis networks in
/// Libya", "al-Shabaab in Somalia", "the Taliban government in Kabul", "ISKP's outposts in Afghanistan", "the $4 billion
/// Standard Gauge Railway in Kenya"), or described as based there ("the South China Morning Post, a news organization
/// based in Hong Kong", "the Daily Nation, one of Kenya's largest newspapers") → BASED_IN the place; a place in another ("Wazir Akbar Khan hilltop in Kabul") → PART_OF it; an
/// organisation "at" another ("the Confucius Institute at
/// Makerere University") → PART_OF it.
/// Only nothing or a unit noun ("TTP hideouts in Khost", "ISKP positions in …"), or after a project the noun of its site
/// ("the Mes Aynak copper deposit in Logar province"), may stand between the name and "in", so a
/// verb's adverbial ("attacked China in …") never reads as a location, except a verb of having and an amount before a unit
/// ("The ETIM has fighters in Badakhshan"), and one modifier before a unit ("an ISIL tactical unit"); after a unit noun
/// "inside" and "near" place it too ("HAMAS militants inside the Gaza Strip", "ISIL positions near Raqqa"), and so does "on" a
/// state's soil ("TTP sanctuaries on Afghan soil"); an armed group's site may also be named before "of" and the group
/// ("hideouts of Tehrik-e-Taliban Pakistan (TTP) inside Afghanistan", past another name after ", or"); after "in",
/// "the" and <c>place_modifiers</c> may
/// stand before the place ("in northern Afghanistan"). A name after "by" is an agent, and the place after it locates the
/// act ("a gold contract held by Shaanxi Jintai Mining in Takhar province") unless the name is described as based there.
/// </summary>
internal static class LocatedGroupReader
{
    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("BASED_IN") is not { } predicate)
        {
            return;
        }

        PredicateDefinition? partOf = lexicon.Find("PART_OF");
        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            EntityType type = view.Mention(m).Entity.Type;
            // A facility named by its owner's description is placed by OwnedFacilityReader (BASED_IN, as a base is).
            if (type == EntityType.Place && view.Mention(m).Kind == MentionKind.Described)
            {
                continue;
            }

            if (type == EntityType.Place && partOf is not null && PlaceIn(view, lexicon.Cues, m) is >= 0 and var container)
            {
                int by = view.AfterMention(m);
                output.Add((new ClaimCandidate(m, container, 0.9f, by, by, null), new Trigger(["in"], TriggerKind.Title, partOf, null), by));
                continue;
            }

            if (type is not (EntityType.Group or EntityType.Organisation or EntityType.Project))
            {
                continue;
            }

            // "Muslims in the United States", "Jewish Christians in Antioch": a people, a faith or a diaspora right before
            // "in" lives there; only armed collectives ("Uyghur militants in Badakhshan") or a unit of theirs are based there.
            if (type == EntityType.Group && view.Mention(m).Entity.Subtype != EntitySubtypes.Militants && view.Is(view.AfterMention(m), "in"))
            {
                continue;
            }

            if (partOf is not null && type == EntityType.Organisation && Within(view, m) is >= 0 and var whole)
            {
                int by = view.AfterMention(m);
                output.Add((new ClaimCandidate(m, whole, 0.9f, by, by, null), new Trigger(["at"], TriggerKind.Title, partOf, null), by));
                continue;
            }

            if (OneOfNation(view, lexicon.Cues, m) is >= 0 and var nation)
            {
                int by = view.AfterMention(m);
                output.Add((new ClaimCandidate(m, nation, 0.9f, by, by, null), new Trigger([","], TriggerKind.Title, predicate, null), by));
                continue;
            }

            int at = SkipAcronym(view, m, view.AfterMention(m));
            // "hideouts of Tehrik-e-Taliban Pakistan (TTP) inside Afghanistan": an armed group's site named before "of" and
            // the group lies in the place after the group's other names.
            bool siteOf = IsSiteOf(view, lexicon.Cues, m);
            if (siteOf)
            {
                at = PastAlias(view, at);
            }

            // "The ETIM has fighters in Badakhshan", "ISKP maintains cells in Kabul": a verb of having and an amount before
            // the unit.
            int had = Having(view, lexicon.Cues, at);
            if (had > at && IsUnit(view, lexicon.Cues, had))
            {
                at = had;
            }

            bool unit = siteOf || IsUnit(view, lexicon.Cues, at);
            if (!unit && IsUnit(view, lexicon.Cues, at + 1) && VerbShapes.IsLowerWord(view, at) && view.Syntax?.Upos(at) is Upos.Adj or Upos.Noun)
            {
                // "an ISIL tactical unit near Mosul", "ISIL fighting positions": one modifier before the unit.
                at++;
                unit = true;
            }

            int based = unit ? -1 : DescribedAsBased(view, at);
            int site = unit || based > 0 || type != EntityType.Project ? -1 : AfterSiteNoun(view, lexicon.Cues, at);
            if (unit)
            {
                // A site named before "of" and the group was passed already.
                at += siteOf ? 0 : 1;
            }
            else if (based > 0)
            {
                at = based;
            }
            else if (IsVerbsObject(view, m) || IsTopic(view, lexicon.Cues, m, site < 0)
                || site > 0 && IsTopic(view, lexicon.Cues, m) && !HangsOn(view, PlacePhrase.Start(view, lexicon.Cues, site + 1), site - 1))
            {
                continue;
            }
            else if (site > 0)
            {
                at = site;
            }

            // "a gold contract held by Shaanxi Jintai Mining in Takhar province", "firing by Taliban fighters near the Kurram
            // district": the place after an agent of "by" locates the act or the thing acted on, not the agent.
            if (based < 0 && view.Is(view.BeforeMention(m), "by"))
            {
                continue;
            }

            int place = view.MentionIndexAt(PlacePhrase.Start(view, lexicon.Cues, at + 1));
            // "HAMAS militants inside the Gaza Strip", "ISIL positions near Raqqa": after a unit, "inside" and "near" place it
            // as "in" does.
            // "TTP sanctuaries on Afghan soil", "BLA camps on Iranian soil": after a unit, a state's soil or territory places it.
            bool soil = unit && view.Is(at, "on") && place > m && view.Mention(place).Kind == MentionKind.Demonym
                && view.Mention(place).Entity.Type == EntityType.Country && lexicon.Cues.TerritoryNouns.StartsAt(view, view.AfterMention(place));
            if ((view.Is(at, "in") || unit && (view.Is(at, "inside") || view.Is(at, "near"))) && place > m && view.Mention(place).Entity.Type is EntityType.Country or EntityType.Place
                && view.Mention(place).Kind != MentionKind.Demonym || soil)
            {
                // "There were no Jews in England": "no" before the name denies its being there.
                bool none = view.Is(view.MentionFirst(m) - 1, "no");
                output.Add((new ClaimCandidate(m, place, 0.9f, at, at, null) { Negated = none ? true : null }, new Trigger(["in"], TriggerKind.Title, predicate, null), at));
                AddConjuncts(view, m, place, at, predicate, output);
            }
        }
    }

    /// <summary>
    /// "Isis networks in Libya or Egypt", "in Libya, Mali and Niger": each place coordinated after the first is a place of
    /// the group too.
    /// </summary>
    private static void AddConjuncts(SentenceView view, int m, int place, int at, PredicateDefinition predicate, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int n = place + 1; n <= LastConjunct(view, place); n++)
        {
            output.Add((new ClaimCandidate(m, n, 0.85f, at, at, null), new Trigger(["in"], TriggerKind.Title, predicate, null), at));
        }
    }

    /// <summary>
    /// The last place coordinated with <paramref name="place"/> by commas and a final "and" or "or" ("Libya, Mali and
    /// Niger"), or <paramref name="place"/> itself. Commas alone make no coordination ("Johannesburg, South Africa" places
    /// the city).
    /// </summary>
    internal static int LastConjunct(SentenceView view, int place)
    {
        int last = place;
        while (!view.IsPossessive(last))
        {
            int i = view.MentionLast(last) + 1;
            bool comma = view.Is(i, ",");
            if (comma)
            {
                i++;
            }

            bool conjunction = view.Is(i, "and") || view.Is(i, "or");
            if (!comma && !conjunction)
            {
                break;
            }

            i += conjunction ? 1 : 0;
            int next = view.MentionIndexAt(i);
            if (next != last + 1 || view.MentionFirst(next) != i || view.Mention(next).Entity.Type is not (EntityType.Country or EntityType.Place)
                || view.Mention(next).Kind is MentionKind.Demonym or MentionKind.Partial)
            {
                break;
            }

            // "… based in Afghanistan's Badakhshan province, and Beijing, which reportedly keeps …, has urged": a name after a
            // lone ", and" with a relative clause of its own opens the next clause.
            if (comma && conjunction && last == place && view.Is(view.AfterMention(next), ",")
                && GrammarWords.CommaRelatives.StartsAt(view, view.AfterMention(next) + 1))
            {
                break;
            }

            last = next;
            if (conjunction)
            {
                return last;
            }
        }

        return place;
    }
}
