using KnowledgeGraph.Model;
using KnowledgeGraph.Resolve;

namespace KnowledgeGraph.Recognise;

/// <summary>
/// A project named the other way round: "the Port of Hambantota" is Hambantota Port, the project, not the town. A
/// project suffix written first, then "of" and a place the gazetteer or the text names, becomes one discovered project
/// named "&lt;place&gt; &lt;suffix&gt;" (the id a writer of "Hambantota Port" gets), replacing the place mention. A
/// curated form ("Port of Gwadar" of Gwadar Port) is matched before this runs and is left alone.
/// </summary>
internal static class InvertedNames
{
    /// <summary>Confidence of such a project: that of a name with a project suffix.</summary>
    public const float Confidence = 0.75f;

    public static void Invert(Paragraph paragraph, CueSet cues)
    {
        Token[] tokens = paragraph.Tokens;
        for (int i = 0; i + 2 < tokens.Length; i++)
        {
            if (!tokens[i].Is(TokenShape.Capitalised) || !CueSet.Contains(cues.ProjectSuffixes, Word(paragraph, i)) || !Word(paragraph, i + 1).SequenceEqual("of"))
            {
                continue;
            }

            int at = i;
            Mention? place = paragraph.Mentions.Find(m => m.TokenStart == at + 2);
            if (place is null || paragraph.Mentions.Exists(m => m.TokenStart <= at && at < m.TokenEnd)
                || place.Candidates.Count == 0 || !place.Candidates.All(c => c.Entity.Type == EntityType.Place && c.Kind == MentionKind.Name))
            {
                continue;
            }

            Mention found = place!;
            string name = $"{paragraph.Normalised[found.Start..found.End]} {Word(paragraph, i)}";
            Entity entity = DiscoveredNames.Create(name, EntityType.Project, Confidence);
            paragraph.Mentions.Remove(found);
            paragraph.Mentions.Add(found.Copy(
                start: tokens[i].Start, tokenStart: i, entity: entity, kind: MentionKind.Discovered, confidence: Confidence,
                candidates: [new MentionCandidate(entity, MentionKind.Discovered, [])]));
            paragraph.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            i = found.TokenEnd - 1;
        }
    }

    private static ReadOnlySpan<char> Word(Paragraph paragraph, int i) => paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);
}
