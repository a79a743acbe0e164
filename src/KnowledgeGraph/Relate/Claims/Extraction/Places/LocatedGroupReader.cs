using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

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
    /// "China talked about the Belt and Road in Afghanistan", "Xi Jinping announced the Belt and Road Initiative in
    /// Astana": a project after a topic preposition (claim_cues <c>topic_preps</c>) or a verb of announcing or discussing
    /// (<c>announcing</c>) is what is talked of, and the "in" after it places the talk, not the project. With
    /// <paramref name="prepositions"/> false (the noun of its site stands before "in": "the lease on the Mes Aynak copper
    /// deposit in Logar province") only the verb counts.
    /// </summary>
    private static bool IsTopic(SentenceView view, ClaimCues cues, int m, bool prepositions = true)
    {
        int before = view.MentionFirst(m) - 1;
        before -= view.Is(before, "the") ? 1 : 0;
        return view.Mention(m).Entity.Type == EntityType.Project && before >= view.First
            && (prepositions && cues.TopicPreps.LongestAt(view, before) == 1 || cues.Announcing.LongestAt(view, before) == 1);
    }

    /// <summary>
    /// A verb's object before "in", where the place is where the verb happens, not where the object is based: a company
    /// right after a verb ("the Chinese manufacturer overtook Samsung in Kyrgyzstan": a market), a pronoun right after
    /// one ("discussion about housing it in Bishkek"), or anything after a verb done face to face (`in_person` in the
    /// lexicon: "China hosted the Taliban in Beijing", "Xi met the Taliban in Tianjin"), or after such a verb and a noun of
    /// its people ("met executives of China Metallurgical Group in Beijing").
    /// </summary>
    private static bool IsVerbsObject(SentenceView view, int m)
    {
        int before = view.MentionFirst(m) - 1;
        Mention mention = view.Mention(m);
        bool pronoun = mention.Kind == MentionKind.Partial && view.MentionFirst(m) == view.MentionLast(m) && (view.Is(before + 1, "it") || view.Is(before + 1, "them"));
        if ((mention.Entity.Subtype is EntitySubtypes.Company or EntitySubtypes.StateCompany || pronoun) && before >= view.First
            && VerbShapes.IsLowerWord(view, before) && view.MentionIndexAt(before) < 0
            && !GrammarWords.Articles.StartsAt(view, before) && !GrammarWords.Prepositions.StartsAt(view, before)
            && !GrammarWords.Conjunctions.StartsAt(view, before) && !view.Is(before, "its") && !view.Is(before, "their"))
        {
            return true;
        }

        // "met executives of China Metallurgical Group in Beijing": the people of the body are the verb's object.
        if (view.Is(before, "of") && VerbShapes.IsLowerWord(view, before - 1) && view.MentionIndexAt(before - 1) < 0)
        {
            before -= 2;
        }

        int verb = view.Is(before, "the") ? before - 1 : before;
        for (int k = Math.Max(view.First, verb - 2); k <= verb; k++)
        {
            foreach (var (words, trigger) in view.TriggersAt(k) ?? [])
            {
                if (trigger.Kind == TriggerKind.Verb && trigger.Predicate.InPerson && k + words.Length - 1 == verb && view.WordsMatch(k, words))
                {
                    return true;
                }
            }
        }

        return false;
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

    /// <summary>
    /// "the Regional Anti-Terrorism Structure (RATS) in Tashkent": the name's own acronym in brackets right after it is
    /// skipped; the index after the closing bracket, else <paramref name="at"/>.
    /// </summary>
    private static int SkipAcronym(SentenceView view, int m, int at)
    {
        int acronym = view.Is(at, "(") ? view.MentionIndexAt(at + 1) : -1;
        return acronym == m + 1 && view.MentionFirst(acronym) == at + 1 && view.Mention(acronym).Entity.Id == view.Mention(m).Entity.Id
            && view.Is(view.MentionLast(acronym) + 1, ")") ? view.MentionLast(acronym) + 2 : at;
    }

    /// <summary>
    /// "the South China Morning Post, a news organization based in Hong Kong": after a comma and an article, at most four
    /// lower-case words, then "based" or "headquartered"; the index of the "in" after it, else -1.
    /// </summary>
    private static int DescribedAsBased(SentenceView view, int comma)
    {
        if (!view.Is(comma, ",") || !(view.Is(comma + 1, "a") || view.Is(comma + 1, "an") || view.Is(comma + 1, "the")))
        {
            return -1;
        }

        for (int i = comma + 2; i < view.End && i <= comma + 6; i++)
        {
            if (view.Is(i, "based") || view.Is(i, "headquartered"))
            {
                return view.Is(i + 1, "in") ? i + 1 : -1;
            }

            if (view.MentionIndexAt(i) >= 0 || view.Token(i).Kind != TokenKind.Word || !view.Token(i).Is(TokenShape.AllLower))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Wazir Akbar Khan hilltop in Kabul", "Lianyungang in China": a place (not a country, not a demonym) with "in", or
    /// one lower-case noun and "in", right after it, then a place or country; that mention, or -1.
    /// </summary>
    private static int PlaceIn(SentenceView view, ClaimCues cues, int m)
    {
        if (view.Mention(m).Kind == MentionKind.Demonym || view.IsPossessive(m))
        {
            return -1;
        }

        int at = view.AfterMention(m);
        // One common noun may stand between ("Wazir Akbar Khan hilltop in Kabul"); a conjunction or a verb may not ("in Europe
        // and in South America", "it is in Miami", "they lived in Mississippi").
        if (!view.Is(at, "in") && view.Is(at + 1, "in") && view.MentionIndexAt(at) < 0 && view.Token(at).Kind == TokenKind.Word
            && view.Token(at).Is(TokenShape.AllLower) && view.Syntax?.Upos(at) == Upos.Noun)
        {
            at++;
        }

        int whole = view.Is(at, "in") ? Whole(view, cues, at + 1) : -1;
        return whole > m && view.Mention(whole).Entity.Type is EntityType.Place or EntityType.Country && view.Mention(whole).Kind != MentionKind.Demonym
            && view.Mention(whole).Entity.Id != view.Mention(m).Entity.Id ? whole : -1;
    }

    /// <summary>
    /// The place named from <paramref name="i"/> on past "the" and compass words ("in northeastern Afghanistan"), or the
    /// place a country's possessive owns ("in Pakistan's Balochistan province"); -1 when none is.
    /// </summary>
    private static int Whole(SentenceView view, ClaimCues cues, int i)
    {
        if (view.Is(i, "the") && view.MentionIndexAt(i) < 0)
        {
            i++;
        }

        for (int n = 0; n < 2 && view.MentionIndexAt(i) < 0 && cues.PlaceModifiers.LongestAt(view, i) is > 0 and var length; n++)
        {
            i += length;
        }

        int whole = view.MentionIndexAt(i);
        if (whole >= 0 && view.MentionFirst(whole) == i && view.IsPossessive(whole) && view.MentionIndexAt(view.AfterMention(whole)) is >= 0 and var owned
            && view.Mention(owned).Entity.Type == EntityType.Place)
        {
            return owned;
        }

        return whole >= 0 && view.MentionFirst(whole) == i ? whole : -1;
    }

    /// <summary>
    /// "the Daily Nation, one of Kenya's largest newspapers", "Anhui Conch, one of China's largest cement makers": a comma,
    /// "one of", a country's possessive, at most three lower-case words and a body noun (or one of claim_cues
    /// <c>body_nouns</c>); the country, or -1.
    /// </summary>
    private static int OneOfNation(SentenceView view, ClaimCues cues, int m)
    {
        int at = view.AfterMention(m);
        int nation = view.Is(at, ",") && view.Is(at + 1, "one") && view.Is(at + 2, "of") ? view.MentionIndexAt(at + 3) : -1;
        if (nation < 0 || view.Mention(nation).Entity.Type != EntityType.Country || !view.IsPossessive(nation))
        {
            return -1;
        }

        for (int i = view.AfterMention(nation); i < view.End && i <= view.AfterMention(nation) + 3; i++)
        {
            if (cues.NationalBodies.StartsAt(view, i) || cues.BodyNouns.StartsAt(view, i))
            {
                return nation;
            }

            if (view.MentionIndexAt(i) >= 0 || view.Token(i).Kind != TokenKind.Word || !view.Token(i).Is(TokenShape.AllLower))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"the Confucius Institute at Makerere University": the organisation right after "at" (and "the"), or -1.</summary>
    private static int Within(SentenceView view, int m)
    {
        int at = view.AfterMention(m);
        if (!view.Is(at, "at"))
        {
            return -1;
        }

        int whole = view.MentionIndexAt(view.Is(at + 1, "the") ? at + 2 : at + 1);
        return whole > m && view.Mention(whole).Entity.Type == EntityType.Organisation && view.Mention(whole).Kind != MentionKind.Demonym ? whole : -1;
    }

    /// <summary>
    /// "hideouts of Tehrik-e-Taliban Pakistan", "sanctuaries of the TTP": an armed group right after "of" (and "the") and one
    /// of its sites (claim_cues <c>group_sites</c>).
    /// </summary>
    private static bool IsSiteOf(SentenceView view, ClaimCues cues, int m)
    {
        int of = view.MentionFirst(m) - 1;
        of -= view.Is(of, "the") && view.MentionIndexAt(of) < 0 ? 1 : 0;
        return view.Is(of, "of") && view.MentionIndexAt(of - 1) < 0 && cues.GroupSites.LongestAt(view, of - 1) == 1 && !view.IsPossessive(m)
            && PresenceReader.IsArmedGroup(view.Mention(m).Entity);
    }

    /// <summary>
    /// "the Pakistani Taliban, or Tehrik-e-Taliban Pakistan (TTP), in Kabul": another name of the group between ", or" and a
    /// comma, with its acronym in brackets, is skipped; the index after the closing comma, else <paramref name="at"/>.
    /// </summary>
    private static int PastAlias(SentenceView view, int at)
    {
        if (!view.Is(at, ",") || !view.Is(at + 1, "or") || view.MentionIndexAt(at + 2) is not (>= 0 and var alias) || view.MentionFirst(alias) != at + 2)
        {
            return at;
        }

        int after = SkipAcronym(view, alias, view.AfterMention(alias));
        return view.Is(after, ",") ? after + 1 : at;
    }

    /// <summary>Verbs of having that may stand between a group and its unit noun.</summary>
    private static readonly WordSet HavingWords = new("has", "have", "had", "maintains", "maintain", "maintained", "keeps", "keep", "kept");

    /// <summary>Words of an amount beside claim_cues <c>amounts</c> and numbers ("hundreds of fighters", "dozens of cells").</summary>
    private static readonly WordSet AmountWords = new("of", "many", "dozens");

    /// <summary>
    /// The token after a verb of having right at <paramref name="at"/> and an amount after it ("about 2,000", "an estimated",
    /// "hundreds of"); <paramref name="at"/> otherwise.
    /// </summary>
    private static int Having(SentenceView view, ClaimCues cues, int at)
    {
        if (!HavingWords.At(view, at))
        {
            return at;
        }

        int k = at + 1;
        for (int n = 0; n < 5 && k < view.End && view.MentionIndexAt(k) < 0; n++)
        {
            int amount = view.Token(k).Kind == TokenKind.Number || AmountWords.At(view, k) || GrammarWords.Numbers.StartsAt(view, k) ? 1 : cues.Amounts.LongestAt(view, k);
            if (amount == 0)
            {
                break;
            }

            k += amount;
        }

        return k;
    }

    /// <summary>
    /// True when the tree hangs the place mention starting at token <paramref name="first"/> on token
    /// <paramref name="noun"/>: "the lease on the Mes Aynak copper deposit in Logar province" places the deposit, "talks
    /// on the Mes Aynak copper mine in Beijing" the talks. Asked only after a topic preposition before a site's name.
    /// </summary>
    private static bool HangsOn(SentenceView view, int first, int noun)
    {
        int m = view.MentionIndexAt(first);
        if (m < 0 || view.Syntax is not { } syntax)
        {
            return false;
        }

        for (int i = view.MentionFirst(m); i <= view.MentionLast(m); i++)
        {
            int head = syntax.Head(i);
            if (head < view.MentionFirst(m) || head > view.MentionLast(m))
            {
                return head == noun;
            }
        }

        return false;
    }

    private const int MaxSiteModifiers = 2;

    /// <summary>
    /// "the Mes Aynak copper deposit in Logar province", "the Dasu hydropower plant in …": after a project's name, at most
    /// two lower-case words ending in the noun of what the site is (claim_cues <c>site_heads</c>); the index after that
    /// noun, else -1.
    /// </summary>
    private static int AfterSiteNoun(SentenceView view, ClaimCues cues, int at)
    {
        for (int i = at; i <= at + MaxSiteModifiers && VerbShapes.IsLowerWord(view, i) && view.MentionIndexAt(i) < 0; i++)
        {
            if (cues.SiteHeads.LongestAt(view, i) is > 0 and var length && view.Is(i + length, "in"))
            {
                return i + length;
            }

            if (GrammarWords.Prepositions.StartsAt(view, i) || GrammarWords.Conjunctions.StartsAt(view, i))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A site of claim_cues <c>group_sites</c> or one of the armed members of <c>presence_units</c> ("ISIL terrorists in Syria").</summary>
    private static bool IsUnit(SentenceView view, ClaimCues cues, int i) => cues.GroupSites.LongestAt(view, i) == 1 || cues.PresenceUnits.LongestAt(view, i) == 1;
}
