using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Dependency;

/// <summary>
/// Structural claims the tree states without a trigger verb: a region, province or unit owned by a possessor
/// ("Tajikistan's Gorno-Badakhshan region", "Mozambique's northern province of Cabo Delgado"), a branch or subsidiary of
/// a whole, in apposition or after a copula, and what a parent company owns → PART_OF; a company's
/// nationality ("Swedish clothing company H&amp;M", "the Chinese firm Start Times") → BASED_IN; a state-run body of a
/// possessor ("Xinhua, China's state-run news organization") → PART_OF.
/// </summary>
internal sealed class StructureReader
{
    private const int MaxPlaceModifiers = 5;
    private readonly ClaimCues cues;
    private readonly ArgumentFinder arguments;
    private readonly List<int> named = [];
    private readonly List<int> wholes = [];
    private readonly PredicateDefinition? partOf;
    private readonly PredicateDefinition? basedIn;
    private SentenceView view = null!;
    private SentenceTree tree = null!;

    public StructureReader(PredicateLexicon lexicon, ArgumentFinder arguments)
    {
        this.arguments = arguments;
        cues = lexicon.Cues;
        partOf = lexicon.Find("PART_OF");
        basedIn = lexicon.Find("BASED_IN");
    }

    public void Load(SentenceView sentence, SentenceTree parse)
    {
        view = sentence;
        tree = parse;
    }

    public void Read(List<TreeClaim> output)
    {
        PlaceCountry(output);
        for (int n = view.First; n < view.End; n++)
        {
            if (view.MentionIndexAt(n) >= 0 || tree.Upos(n) is not (Upos.Noun or Upos.Propn))
            {
                continue;
            }

            if (partOf is not null && cues.StructureBranches.StartsAt(view, n))
            {
                Pair(n, partOf, output, part: true, ofIsWhole: true);
            }
            else if (partOf is not null && cues.StructureParents.StartsAt(view, n))
            {
                Pair(n, partOf, output, part: true, ofIsWhole: true, reversed: true);
            }
            else if (partOf is not null && cues.StructureParts.StartsAt(view, n))
            {
                Pair(n, partOf, output, part: true);
            }
            else if (partOf is not null && IsStateRun(n))
            {
                Pair(n, partOf, output, part: true, bodiesOnly: true);
                // "China Gezhouba Group, the state-owned Chinese contractor": the state's company has its nationality too,
                // written as a demonym ("China's state-run news organization" names its owner only).
                if (basedIn is not null && cues.StructureCompanies.StartsAt(view, n) && DemonymBefore(n))
                {
                    Pair(n, basedIn, output, part: false);
                }
            }
            else if (basedIn is not null && cues.StructureCompanies.StartsAt(view, n))
            {
                Pair(n, basedIn, output, part: false);
            }
        }
    }

    /// <summary>
    /// Relates the entity the noun names (a compound or flat name inside it, an "of" modifier, or the name it modifies or
    /// stands in apposition to) with the entity of its <paramref name="owner"/> child.
    /// </summary>
    private void Pair(int noun, PredicateDefinition predicate, List<TreeClaim> output, bool part, bool ofIsWhole = false, bool reversed = false, bool bodiesOnly = false)
    {
        int holder = -1;
        named.Clear();
        // "China Road and Bridge Corporation is a subsidiary of …": the subject of a copular noun is what it names.
        bool copular = false;
        bool plural = VerbShapes.IsPluralNoun(view, noun);
        for (int c = tree.FirstChild(noun); c >= 0; c = tree.NextSibling(c))
        {
            copular |= tree.Relation(c) == DepRel.Cop;
        }

        for (int c = tree.FirstChild(noun); c >= 0; c = tree.NextSibling(c))
        {
            int m = view.MentionIndexAt(c);
            DepRel relation = tree.Relation(c);
            if (relation == DepRel.Nmod && view.Is(arguments.CaseToken(c), "of"))
            {
                if (!ofIsWhole)
                {
                    arguments.Collect(c, named);
                }
                else if (m >= 0)
                {
                    holder = m;
                }
                else
                {
                    // "the Haqqani faction of the Taliban government": the whole is the name the "of" noun stands for.
                    wholes.Clear();
                    arguments.Collect(c, wholes);
                    holder = wholes.Count == 1 ? wholes[0] : holder;
                }

                continue;
            }

            if (m < 0)
            {
                continue;
            }

            // "ISKP, the Afghan affiliate of Islamic State": a demonym before a branch's noun says where it is, not its whole.
            bool demonym = view.Mention(m).Kind == MentionKind.Demonym;
            if (relation == DepRel.NmodPoss || (relation is DepRel.Amod or DepRel.Compound && demonym && !(ofIsWhole && !reversed)))
            {
                holder = holder < 0 ? m : holder;
            }
            else if (relation is DepRel.Compound or DepRel.Flat or DepRel.Appos || (relation == DepRel.Nsubj && copular))
            {
                // "Kazakhstan's state oil company KazMunayGas and China National Petroleum Corporation": a singular noun
                // names one party, the first, not the conjuncts or other names after it.
                if (plural || relation == DepRel.Nsubj)
                {
                    arguments.Collect(c, named);
                }
                else if (named.Count == 0)
                {
                    named.Add(m);
                }
            }
        }

        int head = tree.Head(noun);
        if (named.Count == 0 && tree.Contains(head) && tree.Relation(noun) is DepRel.Compound or DepRel.Appos && view.MentionIndexAt(head) >= 0)
        {
            named.Add(view.MentionIndexAt(head));
        }

        // A company's nationality is a country; a part's whole is whatever owns it.
        if (holder < 0 || (!part && view.Mention(holder).Entity.Type != EntityType.Country))
        {
            return;
        }

        foreach (int m in named)
        {
            // A state's own body is an organisation: "the Taliban's official spokesman Zabihullah Mujahid" is no part of it.
            if (m != holder && !(bodiesOnly && view.Mention(m).Entity.Type is not (EntityType.Organisation or EntityType.Group)))
            {
                var candidate = reversed ? new ClaimCandidate(holder, m, TreeClaimReader.Weight, noun, noun, null) { Negated = false }
                    : new ClaimCandidate(m, holder, TreeClaimReader.Weight, noun, noun, null) { Negated = false };
                output.Add(new TreeClaim(candidate, new Trigger([view.Word(noun).ToString()], TriggerKind.Title, predicate, null), noun, noun + 1));
            }
        }
    }

    /// <summary>True when a country's demonym stands within the five tokens before <paramref name="noun"/> ("the state-owned Chinese contractor", "a Chinese state-owned contractor").</summary>
    private bool DemonymBefore(int noun)
    {
        for (int k = Math.Max(view.First, noun - 5); k < noun; k++)
        {
            if (view.MentionIndexAt(k) is >= 0 and var m && view.Mention(m) is { Kind: MentionKind.Demonym, Entity.Type: EntityType.Country })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Kabul, Afghanistan": a place followed by a comma and the country it lies in → PART_OF.</summary>
    private void PlaceCountry(List<TreeClaim> output)
    {
        if (partOf is null)
        {
            return;
        }

        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            int comma = view.MentionLast(m) + 1;
            // "to Xinjiang, Afghan officials said": a demonym after the comma qualifies the speakers, not the place.
            if (view.Mention(m).Entity.Type == EntityType.Place && view.Mention(m + 1).Entity.Type == EntityType.Country
                && view.Mention(m + 1).Kind != MentionKind.Demonym && !CapitalOfAnother(view.Mention(m).Entity, view.Mention(m + 1).Entity)
                && view.Is(comma, ",") && view.MentionFirst(m + 1) == comma + 1 && char.IsUpper(view.Word(comma + 1)[0]) && (InApposition(m + 1, m) || (NotAList(m + 1) && !IsClauseArgument(m + 1)))
                && !OwnsAnother(m + 1))
            {
                var candidate = new ClaimCandidate(m, m + 1, TreeClaimReader.Weight, comma, comma, null) { Negated = false };
                output.Add(new TreeClaim(candidate, new Trigger([","], TriggerKind.Title, partOf, null), comma, comma + 1));
            }
        }
    }

    /// <summary>
    /// "In Islamabad, Pakistan's Deputy Prime Minister Ishaq Dar said": a country's possessive after the comma owns the
    /// noun after it, which is the place only when it is a noun of a place (<c>place_heads</c>), after lower-case
    /// modifiers at most ("Balochistan, Pakistan's largest and poorest province", "Xinjiang, China's far-western region").
    /// </summary>
    private bool OwnsAnother(int country)
    {
        if (!view.IsPossessive(country))
        {
            return false;
        }

        for (int i = view.AfterMention(country); i < view.End && i < view.AfterMention(country) + MaxPlaceModifiers; i++)
        {
            if (cues.PlaceHeads.StartsAt(view, i))
            {
                return false;
            }

            if (!VerbShapes.IsLowerWord(view, i) && !view.Is(i, "-") || view.MentionIndexAt(i) >= 0)
            {
                return true;
            }
        }

        return true;
    }

    /// <summary>
    /// "Preston, Victoria, Australia": a place the gazetteer knows as another country's capital (Victoria, Seychelles)
    /// written before a country's name is another place of that name, so no claim is read for it.
    /// </summary>
    private static bool CapitalOfAnother(Entity place, Entity country)
    {
        bool another = false;
        foreach (EntityLink link in place.Links)
        {
            if (link.Rel == "capital_of")
            {
                // "Moscow, Russia": a capital of two states (Russia, the Soviet Union) is still that country's.
                if (link.To == country.Id)
                {
                    return false;
                }

                another = true;
            }
        }

        return another;
    }

    /// <summary>True when the tree attaches mention <paramref name="inner"/> to mention <paramref name="outer"/> as a name part or apposition.</summary>
    private bool InApposition(int inner, int outer)
    {
        for (int t = view.MentionFirst(inner); t <= view.MentionLast(inner); t++)
        {
            int head = tree.Head(t);
            if (head >= view.MentionFirst(outer) && head <= view.MentionLast(outer))
            {
                return tree.Relation(t) is DepRel.Appos or DepRel.Flat or DepRel.List or DepRel.Compound or DepRel.NmodNpmod or DepRel.Nmod;
            }
        }

        return false;
    }

    /// <summary>True when the mention is a subject, object or root of its clause ("…East Africa, Djibouti inaugurated").</summary>
    private bool IsClauseArgument(int m)
    {
        for (int t = view.MentionFirst(m); t <= view.MentionLast(m); t++)
        {
            int head = tree.Head(t);
            if (head < view.MentionFirst(m) || head > view.MentionLast(m))
            {
                return tree.Relation(t) is DepRel.Root || tree.Base(t) is DepRel.Nsubj or DepRel.Obj or DepRel.Iobj;
            }
        }

        return false;
    }

    /// <summary>True when no "and"/"or" or further name follows the country ("Kabul, Afghanistan, Saturday"), so the comma lists nothing.</summary>
    private bool NotAList(int country)
    {
        int next = view.MentionLast(country) + 1;
        return !(view.Is(next, "and") || view.Is(next, "or") || view.MentionIndexAt(next + 1) >= 0 || view.Is(next + 1, "and") || view.Is(next + 1, "or"));
    }

    /// <summary>
    /// "state-run", "state-owned", "state-backed" or another claim_cues <c>state_owned</c> modifier ("state", "national",
    /// "official", "sovereign") modifies the noun: its owner is the state ("Uzbekistan's state energy company").
    /// </summary>
    private bool IsStateRun(int noun)
    {
        for (int c = tree.FirstChild(noun); c >= 0; c = tree.NextSibling(c))
        {
            if ((view.Is(c, "run") || view.Is(c, "owned") || view.Is(c, "controlled") || view.Is(c, "backed")) && view.Is(c - 1, "-") && view.Is(c - 2, "state"))
            {
                return true;
            }

            // Lower-case only: "the UNESCO Slovenian National Commission" is a name, not a state's body.
            if (StateModifier(c, noun))
            {
                return true;
            }

            // "Turkmenistan's state gas company": the cue may modify the noun's own modifier.
            if (c < noun && tree.Relation(c) == DepRel.Compound && view.MentionIndexAt(c) < 0 && VerbShapes.IsLowerWord(view, c))
            {
                for (int g = tree.FirstChild(c); g >= 0; g = tree.NextSibling(g))
                {
                    if (StateModifier(g, c))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="c"/>, before <paramref name="head"/>, is a lower-case <c>state_owned</c> cue modifying it.</summary>
    private bool StateModifier(int c, int head) =>
        c < head && tree.Relation(c) is DepRel.Amod or DepRel.Compound && view.MentionIndexAt(c) < 0 && VerbShapes.IsLowerWord(view, c)
        && cues.StateOwned.LongestAt(view, c) == 1;
}
