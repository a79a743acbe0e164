using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// A group or organisation placed by "in" right after its name, or after one of its units ("Isis networks in Libya",
/// "al-Shabaab in Somalia", "the Taliban government in Kabul", "ISKP's outposts in Afghanistan") → BASED_IN the place.
/// Only nothing or a unit noun may stand between the name and "in", so a verb's adverbial ("attacked China in …") never
/// reads as a location.
/// </summary>
internal static class LocatedGroupReader
{
    private static readonly string[] Units = ["networks", "network", "cells", "cell", "outposts", "outpost", "branch", "bases", "base", "camps", "camp", "government", "office", "offices", "headquarters", "fighters", "militants", "affiliate", "affiliates", "chapter", "wing"];

    public static void Read(SentenceView view, PredicateLexicon lexicon, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (lexicon.Find("BASED_IN") is not { } predicate)
        {
            return;
        }

        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            if (view.Mention(m).Entity.Type is not (EntityType.Group or EntityType.Organisation))
            {
                continue;
            }

            int at = view.AfterMention(m);
            if (IsUnit(view, at))
            {
                at++;
            }

            int place = view.MentionIndexAt(at + 1);
            if (view.Is(at, "in") && place > m && view.Mention(place).Entity.Type is EntityType.Country or EntityType.Place
                && view.Mention(place).Kind != MentionKind.Demonym)
            {
                output.Add((new ClaimCandidate(m, place, 0.9f, at, at, null), new Trigger(["in"], TriggerKind.Title, predicate, null), at));
            }
        }
    }

    private static bool IsUnit(SentenceView view, int i)
    {
        foreach (string unit in Units)
        {
            if (view.Is(i, unit))
            {
                return true;
            }
        }

        return false;
    }
}
