using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// The antecedents of a description of a group of three or more ("the three sides", "all three countries", "the
/// three"): the parties the text named together before, read as the entities of one type the rule lists (in its order:
/// "the three" are three persons named together before three countries) in the nearest sentence that names at least as
/// many of them, when all of them or all but one are joined in one coordination ("China hosted the foreign ministers of
/// Pakistan and Afghanistan … the three sides"). A sentence that names fewer may name a part of the group and is passed
/// over; the nearest that names more, or names as many with fewer joined ("Russia leads the CSTO, to which Kyrgyzstan
/// belongs; Uzbekistan left"; "from Turkmenistan to Pakistan and India, when the Taliban held talks with the U.S. oil
/// company Unocal … the four countries"), leaves the group unclear, and nothing is resolved. Names already resolved
/// through another reference do not count.
/// </summary>
internal static class GroupChooser
{
    /// <summary>Confidence of a group named in the reference's sentence or the one before.</summary>
    public const float Near = 0.85f;

    /// <summary>Confidence of a group named further back in reach.</summary>
    public const float Far = 0.75f;

    public static Reference? Choose(
        CoreferenceRule rule, List<AntecedentCandidate> candidates, int sentence, (int Start, int End, int TokenStart, int TokenEnd, int Sentence) at)
    {
        for (int fit = 0; fit < rule.RefersTo.Count; fit++)
        {
            if (Choose(rule, fit, candidates, sentence, at) is { } group)
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>The group of entities that meet constraint <paramref name="fit"/> of the rule first, or null.</summary>
    private static Reference? Choose(
        CoreferenceRule rule, int fit, List<AntecedentCandidate> candidates, int sentence, (int Start, int End, int TokenStart, int TokenEnd, int Sentence) at)
    {
        var members = new List<AntecedentCandidate>(rule.Count);
        // Where in members (read backwards) the last name of a coordination of as many as the rule says is, and how many
        // names the longest coordination of the sentence joins.
        int list = -1;
        int listed = 0;
        int current = -1;
        for (int i = candidates.Count - 1; i >= 0; i--)
        {
            AntecedentCandidate c = candidates[i];
            if (sentence - c.Sentence > AntecedentChooser.MaxDistance)
            {
                break;
            }

            if (c.Sentence != current)
            {
                if (members.Count >= rule.Count)
                {
                    return Group(rule, members, list, listed, sentence, current, at);
                }

                members.Clear();
                list = -1;
                listed = 0;
                current = c.Sentence;
            }

            if (c.Chained || rule.Fit(c.Entity) != fit)
            {
                continue;
            }

            int member = members.FindIndex(m => SameEntity.Is(m.Entity, c.Entity));
            bool lists = list < 0 && c.Listed == rule.Count;
            if (member >= 0 && lists)
            {
                // A name the sentence repeats after its coordination ("Uzbekistan, Kazakhstan and Kyrgyzstan would
                // press ahead with the dam in Kyrgyzstan") stands where the coordination names it.
                members.RemoveAt(member);
                member = -1;
            }

            if (member < 0)
            {
                members.Add(c);
                list = lists ? members.Count - 1 : list;
            }

            listed = Math.Max(listed, c.Listed);
        }

        return members.Count >= rule.Count ? Group(rule, members, list, listed, sentence, current, at) : null;
    }

    /// <summary>
    /// The reference to <paramref name="members"/> (read backwards) when they are exactly as many as the rule says, or
    /// to the coordination of as many whose last name is at <paramref name="list"/> among more ("the foreign ministers of
    /// China, Afghanistan and Pakistan, Wang Yi, Amir Khan Muttaqi and Ishaq Dar … The three last met").
    /// </summary>
    private static Reference? Group(
        CoreferenceRule rule, List<AntecedentCandidate> members, int list, int listed, int sentence, int named,
        (int Start, int End, int TokenStart, int TokenEnd, int Sentence) at)
    {
        if (members.Count > rule.Count && list >= 0 && list + rule.Count <= members.Count)
        {
            members = members.GetRange(list, rule.Count);
        }

        if (members.Count != rule.Count || listed < rule.Count - 1)
        {
            return null;
        }

        members.Reverse();
        AntecedentCandidate first = members[0];
        List<AntecedentCandidate> others = members.GetRange(1, members.Count - 1);
        return new Reference
        {
            Start = at.Start,
            End = at.End,
            TokenStart = at.TokenStart,
            TokenEnd = at.TokenEnd,
            Sentence = at.Sentence,
            Kind = rule.Kind,
            Entity = first.Entity,
            Antecedent = first.Mention,
            AntecedentParagraph = first.Paragraph,
            OtherAntecedents = others.ConvertAll(o => o.Mention),
            OtherParagraphs = others.ConvertAll(o => o.Paragraph),
            Confidence = sentence - named <= 1 ? Near : Far,
        };
    }
}
