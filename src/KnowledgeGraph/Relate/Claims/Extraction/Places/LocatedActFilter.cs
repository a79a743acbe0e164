using System.Runtime.InteropServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// Tells, for <see cref="LocatedGroupReader"/>, when the place after a name locates an act done to or about it rather
/// than where the name is based: a project talked of or announced, a verb's object, and whether the tree hangs a place
/// on a site's noun.
/// </summary>
internal static class LocatedActFilter
{
    /// <summary>
    /// "China talked about the Belt and Road in Afghanistan", "Xi Jinping announced the Belt and Road Initiative in
    /// Astana": a project after a topic preposition (claim_cues <c>topic_preps</c>) or a verb of announcing or discussing
    /// (<c>announcing</c>) is what is talked of, and the "in" after it places the talk, not the project. With
    /// <paramref name="prepositions"/> false (the noun of its site stands before "in": "the lease on the Mes Aynak copper
    /// deposit in Logar province") only the verb counts. A preposition that closes a noun of the project's staff or a verb
    /// of working on it (claim_cues <c>project_staff</c>, <c>project_verbs</c>: "five Chinese workers on the Dasu
    /// hydropower project in Khyber Pakhtunkhwa", "engineers working on …") names where they work, not a topic.
    /// </summary>
    internal static bool IsTopic(SentenceView view, ClaimCues cues, int m, bool prepositions = true)
    {
        int before = view.MentionFirst(m) - 1;
        before -= view.Is(before, "the") ? 1 : 0;
        return view.Mention(m).Entity.Type == EntityType.Project && before >= view.First
            && (prepositions && cues.TopicPreps.LongestAt(view, before) == 1 && !WorkedOn(view, cues, before) || cues.Announcing.LongestAt(view, before) == 1);
    }

    /// <summary>
    /// True when the preposition at <paramref name="preposition"/> closes a noun of claim_cues <c>project_staff</c> or a
    /// phrase of <c>project_verbs</c> ("workers on", "working on").
    /// </summary>
    private static bool WorkedOn(SentenceView view, ClaimCues cues, int preposition)
    {
        int noun = preposition - 1;
        if (noun >= view.First && view.MentionIndexAt(noun) < 0 && cues.ProjectStaff.LongestAt(view, noun) == 1)
        {
            return true;
        }

        return noun >= view.First && view.MentionIndexAt(noun) < 0 && cues.ProjectVerbs.LongestAt(view, noun) == 2;
    }

    /// <summary>
    /// A verb's object before "in", where the place is where the verb happens, not where the object is based: a company
    /// right after a verb ("the Chinese manufacturer overtook Samsung in Kyrgyzstan": a market), a pronoun right after
    /// one ("discussion about housing it in Bishkek"), or anything after a verb done face to face (`in_person` in the
    /// lexicon: "China hosted the Taliban in Beijing", "Xi met the Taliban in Tianjin"), or after such a verb and a noun of
    /// its people ("met executives of China Metallurgical Group in Beijing").
    /// </summary>
    internal static bool IsVerbsObject(SentenceView view, int m)
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
            foreach (var (words, trigger) in CollectionsMarshal.AsSpan(view.TriggersAt(k)))
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
    /// True when the tree hangs the place mention starting at token <paramref name="first"/> on token
    /// <paramref name="noun"/>: "the lease on the Mes Aynak copper deposit in Logar province" places the deposit, "talks
    /// on the Mes Aynak copper mine in Beijing" the talks. Asked only after a topic preposition before a site's name.
    /// </summary>
    internal static bool HangsOn(SentenceView view, int first, int noun)
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
}
