using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// "the two sides said they would jointly combat the BLA", "Trade between the two countries … on their 1,060-km
/// border": a plural pronoun after a description of several parties in its own sentence ("the two countries", "the
/// three sides") refers to the same parties, when that description was resolved at least at
/// <see cref="AntecedentChooser.Minimum"/> and no name that might be the pronoun's antecedent stands between them. A
/// name right after a preposition ("pledged to step up intelligence sharing against the Turkestan Islamic Party and
/// said they") and a place or a work ("through the Torugart and Irkeshtam passes on their border") stand aside.
/// </summary>
internal static class SharedPlural
{
    /// <summary>
    /// The reference of the plural pronoun or possessive at token <paramref name="t"/> (sentence <paramref name="s"/> of
    /// the paragraph) to the parties of the nearest description of several before it in the sentence; null when there is
    /// none or a name that might be the antecedent stands between.
    /// </summary>
    public static Reference? Find(Paragraph paragraph, int t, int s, Sentence sent, CoreferenceRule rule, CandidateBuilder builder)
    {
        if (!rule.Plural || rule.Kind == ReferenceKind.Description)
        {
            return null;
        }

        Reference? group = null;
        for (int i = paragraph.References.Count - 1; i >= 0; i--)
        {
            Reference r = paragraph.References[i];
            if (r.Sentence != s || r.TokenEnd > t)
            {
                break;
            }

            if (r.Kind == ReferenceKind.Description && r.OtherAntecedents.Count > 0)
            {
                group = r;
                break;
            }
        }

        if (group is null || group.Confidence < AntecedentChooser.Minimum)
        {
            return null;
        }

        foreach (Mention mention in paragraph.Mentions)
        {
            if (mention.TokenStart >= group.TokenEnd && mention.TokenEnd <= t && mention.TokenStart >= sent.TokenStart
                && mention.Entity.Type is not (EntityType.Place or EntityType.Project)
                && !builder.AfterPreposition(paragraph, sent, mention.TokenStart))
            {
                return null;
            }
        }

        return new Reference
        {
            Start = paragraph.Tokens[t].Start,
            End = paragraph.Tokens[t].End,
            TokenStart = t,
            TokenEnd = t + 1,
            Sentence = s,
            Kind = rule.Kind,
            Entity = group.Entity,
            Antecedent = group.Antecedent,
            AntecedentParagraph = group.AntecedentParagraph,
            OtherAntecedents = group.OtherAntecedents,
            OtherParagraphs = group.OtherParagraphs,
            Confidence = group.Confidence,
        };
    }
}
