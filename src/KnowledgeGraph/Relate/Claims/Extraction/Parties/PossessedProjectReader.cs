using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parties;

/// <summary>
/// A state's own project or initiative named with its possessive ("China's Belt and Road Initiative", "Beijing's
/// flagship CPEC", or a possessive pronoun resolved to the state: "part of its Belt and Road Initiative") → the state
/// BUILDS_OR_OPERATES it; a person's ("Xi's BRI") → the person LEADS it. At most two
/// words stand between the possessive and the project, no preposition among them ("China's support for Rogun" possesses
/// the support). A project whose builder the sentence already states with
/// another subject ("Kenya's Standard Gauge Railway, a project financed, built and managed by China") is that
/// builder's, not its possessor's, and a state's so possessed lies in it (BASED_IN), as does a site (claim_cues
/// <c>possessed_sites</c>: "Iran's Chabahar port"). A person's project may also be named in apposition to a description ("Xi's
/// connectivity vision, the Belt and Road Initiative") → the person LEADS it; a state's in apposition after the project
/// ("the Belt and Road Initiative, China's sprawling international development project") → the state BUILDS_OR_OPERATES it.
/// A person's political party named right after the possessive ("Imran Khan's Pakistan Tehreek-e-Insaf") is led by the
/// person.
/// </summary>
internal static class PossessedProjectReader
{
    private const int MaxWords = 4;
    private const int MaxApposedWords = 6;

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output, ReadOnlySpan<Claim> stated = default)
    {
        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            Entity owner = view.Mention(m).Entity;
            Entity project = view.Mention(m + 1).Entity;
            if (ApposedOwner(view, m, lexicon.Cues) && lexicon.Find("BUILDS_OR_OPERATES") is { } builds && !BuiltByOther(stated, builds.Name, project, owner))
            {
                int by = view.MentionLast(m + 1) + 1;
                output.Add((new ClaimCandidate(m + 1, m, 0.85f, by, by, null), new Trigger(["'s"], TriggerKind.Title, builds, null), by));
            }

            // "Imran Khan's Pakistan Tehreek-e-Insaf party": a person's party is the one the person leads.
            if (owner.Type == EntityType.Person && project.Subtype == EntitySubtypes.PoliticalParty && view.IsPossessive(m)
                && view.MentionFirst(m + 1) == view.AfterMention(m) && lexicon.Find("LEADS") is { } party)
            {
                int by = view.MentionLast(m) + 1;
                output.Add((new ClaimCandidate(m, m + 1, 0.85f, by, by, null), new Trigger(["'s"], TriggerKind.Title, party, null), by));
                continue;
            }

            if (project.Type != EntityType.Project || !(view.IsPossessive(m) || StatePronoun(view, m)) || view.MentionFirst(m + 1) - view.AfterMention(m) > 2
                || PrepositionBetween(view, view.AfterMention(m), view.MentionFirst(m + 1)))
            {
                if (owner.Type == EntityType.Person && (view.IsPossessive(m) || view.IsPossessivePronoun(m)) && NamedAfter(view, m) && lexicon.Find("LEADS") is { } leads)
                {
                    int by = view.MentionLast(m) + 1;
                    output.Add((new ClaimCandidate(m, m + 1, 0.85f, by, by, null), new Trigger(["'s"], TriggerKind.Title, leads, null), by));
                }

                continue;
            }

            string? name = owner.Type switch
            {
                EntityType.Country => "BUILDS_OR_OPERATES",
                EntityType.Person => "LEADS",
                _ => null,
            };
            if (name is not null && lexicon.Find(name) is { } predicate)
            {
                // "its Belt and Road Initiative": the pronoun itself is the trigger; else the possessive ending.
                int at = view.IsPossessive(m) ? view.MentionLast(m) + 1 : view.MentionLast(m);
                if (owner.Type == EntityType.Country && project.Subtype is { } subtype && lexicon.Cues.PossessedSites.Contains(subtype)
                    && lexicon.Find("BASED_IN") is { } located)
                {
                    // "Iran's Chabahar port": a state's possessive places a site in the state; who built it is not said.
                    output.Add((new ClaimCandidate(m + 1, m, 0.85f, at, at, null), new Trigger(["'s"], TriggerKind.Title, located, null), at));
                }
                else if (!BuiltByOther(stated, predicate.Name, owner, project))
                {
                    output.Add((new ClaimCandidate(m, m + 1, 0.9f, at, at, null), new Trigger(["'s"], TriggerKind.Title, predicate, null), at));
                }
                else if (owner.Type == EntityType.Country && lexicon.Find("BASED_IN") is { } based)
                {
                    // "Kenya's Standard Gauge Railway, a project financed, built and managed by China": built by another,
                    // the state's project is the one in it.
                    output.Add((new ClaimCandidate(m + 1, m, 0.85f, at, at, null), new Trigger(["'s"], TriggerKind.Title, based, null), at));
                }
            }
        }
    }

    /// <summary>
    /// True when mention <paramref name="m"/> is a possessive pronoun resolved to a state ("Beijing sees Afghanistan as a
    /// link in its Belt and Road Initiative"): the state's own project, as its possessive name would say.
    /// </summary>
    private static bool StatePronoun(SentenceView view, int m) =>
        view.IsPossessivePronoun(m) && view.Mention(m).Entity.Type == EntityType.Country;

    /// <summary>True when a preposition stands in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool PrepositionBetween(SentenceView view, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (GrammarWords.Prepositions.StartsAt(view, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool BuiltByOther(ReadOnlySpan<Claim> stated, string predicate, Entity owner, Entity project)
    {
        foreach (Claim claim in stated)
        {
            if (claim.Predicate == predicate && claim.Object.Id == project.Id && claim.Subject.Id != owner.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the Belt and Road Initiative, China's sprawling international development project", "the Belt and Road Initiative —
    /// China's sprawling, multinational infrastructure project": a project, a comma or dash, and a state's possessive
    /// before lower-case words (commas and hyphens between them allowed) that reach a project noun (claim_cues
    /// `project_heads`) within a few words ("the broader Belt and Road vision, China's tech giants have built" is none).
    /// </summary>
    private static bool ApposedOwner(SentenceView view, int m, ClaimCues cues)
    {
        int mark = view.AfterMention(m);
        if (view.Mention(m).Entity.Type != EntityType.Project || view.IsPossessive(m)
            || !(view.Is(mark, ",") || view.Is(mark, "—") || view.Is(mark, "–") || view.Is(mark, "-")) || view.MentionIndexAt(mark + 1) != m + 1
            || view.MentionFirst(m + 1) != mark + 1 || !view.IsPossessive(m + 1) || view.Mention(m + 1).Entity.Type != EntityType.Country)
        {
            return false;
        }

        int i = view.AfterMention(m + 1);
        for (int words = 0; i < view.End && words < MaxApposedWords && view.MentionIndexAt(i) < 0; i++)
        {
            if (view.Token(i).Kind == TokenKind.Word && view.Token(i).Is(TokenShape.AllLower))
            {
                if (cues.ProjectHeads.StartsAt(view, i))
                {
                    return true;
                }

                words++;
            }
            else if (words == 0 || !(view.Is(i, "-") || view.Is(i, ",")))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Xi's connectivity vision, the Belt and Road Initiative", "his big foreign-policy concept: the Belt and Road
    /// Initiative": after the possessive, one to four lower-case words (hyphens allowed), a comma or colon, "the" and the
    /// project (the next mention).
    /// </summary>
    private static bool NamedAfter(SentenceView view, int m)
    {
        int i = view.AfterMention(m);
        int words = 0;
        while (i < view.End && words < MaxWords && view.MentionIndexAt(i) < 0
            && ((view.Token(i).Kind == TokenKind.Word && view.Token(i).Is(TokenShape.AllLower)) || (words > 0 && view.Is(i, "-"))))
        {
            words += view.Is(i, "-") ? 0 : 1;
            i++;
        }

        if (words == 0 || !(view.Is(i, ",") || view.Is(i, ":")) || !view.Is(i + 1, "the"))
        {
            return false;
        }

        return view.MentionIndexAt(i + 2) == m + 1 && view.MentionFirst(m + 1) == i + 2 && view.Mention(m + 1).Entity.Type == EntityType.Project;
    }
}
