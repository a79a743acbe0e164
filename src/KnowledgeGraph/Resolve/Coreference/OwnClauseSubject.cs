using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// "The Taliban government denies harbouring the group", "the Taliban provide the group with logistical support": a
/// description of one that is no subject of its clause (an object, or a preposition's) never means the subject of that
/// clause, as an object pronoun never does. The clause is the sentence, or the part after its last clause opener before
/// the description (coreference.yaml <c>clause_openers</c>: "said … that the Taliban provide the group"); its subject is the
/// first name in it that no preposition binds, read from the candidates. The description then leaves that entity out.
/// </summary>
internal static class OwnClauseSubject
{
    /// <summary>
    /// The entity of the subject of the clause that starts at character <paramref name="clauseStart"/> (-1: the sentence's
    /// start) in article-wide sentence <paramref name="sentence"/>, named before the description at <paramref name="at"/>;
    /// null when the clause opens with no such name.
    /// </summary>
    public static Entity? Find(Paragraph paragraph, List<AntecedentCandidate> candidates, int sentence, int clauseStart, int at)
    {
        AntecedentCandidate? first = null;
        for (int i = candidates.Count - 1; i >= 0 && candidates[i].Sentence == sentence; i--)
        {
            AntecedentCandidate c = candidates[i];
            // A reference resolved before ("It … the group") stands at its own place, which its antecedent's offsets do not give.
            if (!c.Chained && c.Mention.Start >= clauseStart && c.Mention.Start < at)
            {
                first = c;
            }
        }

        // Outside the sentence's first clause, the first name is its subject only when no preposition binds it; in the
        // first, only when it reads as the sentence's subject. A possessor ("the debate surrounding Zimbabwe's coming
        // elections centers on the nation's largest foreign investor") only modifies the subject.
        return first is { } c1 && !c1.AfterPreposition && (clauseStart >= 0 || c1.Subject) && !Possessor(paragraph, c1.Mention) ? c1.Entity : null;
    }

    /// <summary>True when "'s" follows the mention ("Zimbabwe's coming elections").</summary>
    private static bool Possessor(Paragraph paragraph, Mention mention) =>
        mention.TokenEnd < paragraph.Tokens.Length
        && paragraph.Normalised.AsSpan(paragraph.Tokens[mention.TokenEnd].Start, paragraph.Tokens[mention.TokenEnd].Length) is "'s";
}
