using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Parties;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// An organisation described in apposition as a branch of another, whatever the parse makes of the phrase: "ISKP, the
/// Afghan affiliate of the Islamic State", "Islamic State Khorasan Province, the regional branch of Islamic State",
/// "the Majeed Brigade, the BLA's suicide wing" → the organisation PART_OF the other (claim_cues
/// <c>structure_branches</c>); a country's demonym before the branch noun says where the branch is → BASED_IN the
/// country. Up to <see cref="MaxModifiers"/> lower-case words may stand before the noun ("the regional armed wing"). The
/// whole may open the apposition as a possessive after its article ("ISPR, the military's media wing", "the Pakistani
/// military's media wing") or, with the branch noun, stand before the branch's name ("the military's media wing,
/// Inter-Services Public Relations (ISPR), said"). After "of", lower-case modifiers and a country's possessive may stand
/// before the whole's name ("China Railway Tunnel Group, a unit of the state-owned China Railway Group"), and a project's
/// branch is a project ("the China-Pakistan Economic Corridor, the Pakistani arm of Beijing's Belt and Road Initiative").
/// </summary>
internal static class ApposedBranchReader
{
    private const int MaxModifiers = 2;

    /// <summary>Lower-case modifier tokens between "of the" and the whole's name, a glued hyphen counting as one.</summary>
    private const int MaxWholeModifiers = 4;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("PART_OF") is not { } partOf)
        {
            return;
        }

        PredicateDefinition? basedIn = lexicon.Find("BASED_IN");
        ClaimCues cues = lexicon.Cues;
        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            if (!IsBody(view, m) || view.IsPossessive(m) || view.Mention(m).Kind == MentionKind.Demonym)
            {
                continue;
            }

            int at = view.AfterMention(m);
            if (!view.Is(at, ",") || !(view.Is(at + 1, "the") || view.Is(at + 1, "a") || view.Is(at + 1, "an")))
            {
                // "ISKP, the BLA's suicide wing": a possessive whole right after the comma.
                if (view.Is(at, ",") && view.MentionIndexAt(at + 1) is >= 0 and var owner && view.MentionFirst(owner) == at + 1 && view.IsPossessive(owner))
                {
                    Branch(view, cues, partOf, basedIn, m, view.AfterMention(owner), owner, output);
                }

                continue;
            }

            // "ISPR, the military's media wing", "Inter-Services Public Relations (ISPR), the Pakistani military's media
            // wing": the whole's possessive opens the apposition, its article before the name or inside a reference.
            int whole = PossessiveAt(view, at + 1) is >= 0 and var referred ? referred : PossessiveAt(view, at + 2);
            if (whole >= 0)
            {
                Branch(view, cues, partOf, basedIn, m, view.AfterMention(whole), whole, output);
                continue;
            }

            Branch(view, cues, partOf, basedIn, m, at + 2, -1, output);
        }

        ReadFronted(view, cues, partOf, output);
    }

    /// <summary>
    /// "the military's media wing, Inter-Services Public Relations (ISPR), said": a whole's possessive, modifiers and a
    /// branch noun in apposition before the branch's name, the name closed by punctuation or a lower-case word.
    /// </summary>
    private static void ReadFronted(SentenceView view, ClaimCues cues, PredicateDefinition partOf, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        for (int owner = 0; owner + 1 < view.MentionCount; owner++)
        {
            if (!view.IsPossessive(owner) || view.Mention(owner).Entity.Type is not (EntityType.Organisation or EntityType.Group))
            {
                continue;
            }

            int i = view.AfterMention(owner);
            for (int k = 0; k < MaxModifiers && VerbShapes.IsLowerWord(view, i) && view.MentionIndexAt(i) < 0 && cues.StructureBranches.LongestAt(view, i) == 0; k++)
            {
                i++;
            }

            if (cues.StructureBranches.LongestAt(view, i) is not (> 0 and var noun) || !view.Is(i + noun, ","))
            {
                continue;
            }

            int first = view.Is(i + noun + 1, "the") ? i + noun + 2 : i + noun + 1;
            if (view.MentionIndexAt(first) is not (>= 0 and var m) || view.MentionFirst(m) != first || view.IsPossessive(m) || view.Mention(m).Kind == MentionKind.Demonym
                || view.Mention(m).Entity.Type is not (EntityType.Organisation or EntityType.Group) || view.Mention(m).Entity == view.Mention(owner).Entity)
            {
                continue;
            }

            int after = view.AfterMention(m);
            if (after < view.End && !view.IsPunctuation(after) && !VerbShapes.IsLowerWord(view, after))
            {
                continue;
            }

            var trigger = new Trigger([view.Word(i).ToString()], TriggerKind.Title, partOf, null);
            output.Add((new ClaimCandidate(m, owner, 0.85f, i, i, view.Word(i).ToString()), trigger, i));
        }
    }

    /// <summary>
    /// The first token of the whole's name after "of" at <paramref name="i"/>: past its article, up to
    /// <see cref="MaxWholeModifiers"/> lower-case modifier tokens ("the state-owned China Railway Group", "the state holding
    /// company Baiterek") and the possessive of a country that owns the whole ("of Beijing's Belt and Road Initiative").
    /// </summary>
    private static int WholeStart(SentenceView view, int i)
    {
        if (view.Is(i, "the"))
        {
            i++;
        }

        for (int k = 0; k < MaxWholeModifiers && RoleModifiers.IsModifier(view, i); k++)
        {
            i++;
        }

        return view.MentionIndexAt(i) is >= 0 and var state && view.MentionFirst(state) == i && view.IsPossessive(state)
            && view.Mention(state).Entity.Type == EntityType.Country ? view.AfterMention(state) : i;
    }

    /// <summary>
    /// True for a branch or whole the reader relates: an organisation or group, or a project (a project's branch is a
    /// project: "the China-Pakistan Economic Corridor, the Pakistani arm of Beijing's Belt and Road Initiative").
    /// </summary>
    private static bool IsBody(SentenceView view, int m) =>
        view.Mention(m).Entity.Type is EntityType.Organisation or EntityType.Group or EntityType.Project;

    /// <summary>The possessive mention of an organisation or group that opens at token <paramref name="i"/>; -1 when there is none.</summary>
    private static int PossessiveAt(SentenceView view, int i) =>
        view.MentionIndexAt(i) is >= 0 and var owner && view.MentionFirst(owner) == i && view.IsPossessive(owner)
        && view.Mention(owner).Entity.Type is EntityType.Organisation or EntityType.Group ? owner : -1;

    /// <summary>
    /// From <paramref name="i"/>: an optional demonym, modifiers and a branch noun; its whole is <paramref name="owner"/>
    /// or the organisation after "of" ("of the Islamic State").
    /// </summary>
    private static void Branch(SentenceView view, ClaimCues cues, PredicateDefinition partOf, PredicateDefinition? basedIn, int m, int i, int owner,
        List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        int demonym = -1;
        if (view.MentionIndexAt(i) is >= 0 and var d && view.MentionFirst(d) == i && view.Mention(d) is { Kind: MentionKind.Demonym, Entity.Type: EntityType.Country })
        {
            demonym = d;
            i = view.AfterMention(d);
        }

        for (int k = 0; k < MaxModifiers && VerbShapes.IsLowerWord(view, i) && view.MentionIndexAt(i) < 0 && cues.StructureBranches.LongestAt(view, i) == 0; k++)
        {
            i++;
        }

        if (cues.StructureBranches.LongestAt(view, i) is not (> 0 and var noun))
        {
            return;
        }

        int after = i + noun;
        if (owner < 0 && view.Is(after, "of"))
        {
            int first = WholeStart(view, after + 1);
            owner = view.MentionIndexAt(first) is >= 0 and var whole && view.MentionFirst(whole) == first ? whole : -1;
            after = owner < 0 ? after : view.AfterMention(owner);
        }

        if (owner < 0 || !IsBody(view, owner) || (view.Mention(m).Entity.Type == EntityType.Project) != (view.Mention(owner).Entity.Type == EntityType.Project)
            || view.Mention(owner).Entity == view.Mention(m).Entity || !(after >= view.End || view.IsPunctuation(after) || VerbShapes.IsLowerWord(view, after)))
        {
            return;
        }

        var trigger = new Trigger([view.Word(i).ToString()], TriggerKind.Title, partOf, null);
        output.Add((new ClaimCandidate(m, owner, 0.85f, i, i, view.Word(i).ToString()), trigger, i));
        if (demonym >= 0 && basedIn is not null)
        {
            output.Add((new ClaimCandidate(m, demonym, 0.8f, i, i, null), new Trigger([view.Word(i).ToString()], TriggerKind.Title, basedIn, null), i));
        }
    }
}
