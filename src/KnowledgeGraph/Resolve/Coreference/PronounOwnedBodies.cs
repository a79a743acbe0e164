using KnowledgeGraph.Model;
using KnowledgeGraph.Recognise;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// A state's body written as a description after a possessive pronoun coreference resolved to the state ("China, which
/// has kept its embassy in Kabul open", "the Taliban … its interior ministry"): read as after the state's own possessive
/// (<see cref="OwnedBodies"/>), once coreference has said whose the pronoun is. Only "its" and a sure reference to a
/// country or a government the gazetteer holds as an organisation.
/// </summary>
internal sealed class PronounOwnedBodies : IDocumentStage
{
    private readonly CueSet cues;
    private readonly FormTrie trie;

    public PronounOwnedBodies(CueSet cues, FormTrie trie)
    {
        this.cues = cues;
        this.trie = trie;
    }

    public string Name => "pronoun-owned bodies";

    public void Process(Document doc)
    {
        foreach (Paragraph paragraph in doc.Paragraphs)
        {
            if (paragraph.References.Count > 0)
            {
                Read(paragraph);
            }
        }
    }

    private void Read(Paragraph paragraph)
    {
        bool[]? covered = null;
        List<Mention>? found = null;
        List<(Mention Old, Mention New)>? replaced = null;
        foreach (Reference reference in paragraph.References)
        {
            if (reference is not { Kind: ReferenceKind.Possessive } || !IsState(reference.Entity)
                || reference.TokenEnd != reference.TokenStart + 1 || !Word(paragraph, reference.TokenStart).Equals("its", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // Another state's conditional alias is never the pronoun's state's, sure or not: "its Foreign Ministry".
            if (OwnBodyAfter(paragraph, reference) is { } own)
            {
                (replaced ??= []).Add(own);
                continue;
            }

            if (!reference.IsSure)
            {
                continue;
            }

            covered ??= Covered(paragraph);
            if (reference.TokenEnd < covered.Length
                && OwnedBodies.Body(paragraph, covered, reference.Entity, null, reference.TokenEnd, reference.Sentence, cues, trie) is { } body)
            {
                (found ??= []).Add(body);
            }
        }

        foreach ((Mention old, Mention own) in replaced ?? [])
        {
            paragraph.Mentions[paragraph.Mentions.IndexOf(old)] = own;
        }

        if (found is not null)
        {
            paragraph.Mentions.AddRange(found);
            paragraph.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// The name right after "its" read as the state's own body when it is another state's conditional alias
    /// ("Kazakhstan will accept …, its Foreign Ministry said": Kazakhstan's ministry, not China's).
    /// </summary>
    private (Mention Old, Mention New)? OwnBodyAfter(Paragraph paragraph, Reference reference)
    {
        Mention? name = paragraph.Mentions.Find(m => m.TokenStart == reference.TokenEnd && m.Kind == MentionKind.Name);
        if (name is null || PossessedNames.OwnBodyOf(paragraph, reference.Entity, name.TokenStart, name.TokenEnd, name.Candidates, trie) is not { } own)
        {
            return null;
        }

        float confidence = own.Kind == MentionKind.Discovered ? PossessedNames.DiscoveredConfidence : 1f;
        return (name, name.Copy(entity: own.Entity, kind: own.Kind, confidence: confidence, candidates: [own]));
    }

    private static bool IsState(Entity entity) =>
        entity.Type == EntityType.Country || entity is { Type: EntityType.Organisation, Subtype: EntitySubtypes.Government };

    /// <summary>Tokens a mention or another reference covers.</summary>
    private static bool[] Covered(Paragraph paragraph)
    {
        var covered = new bool[paragraph.Tokens.Length];
        foreach (Mention mention in paragraph.Mentions)
        {
            Array.Fill(covered, true, mention.TokenStart, mention.TokenEnd - mention.TokenStart);
        }

        foreach (Reference reference in paragraph.References)
        {
            Array.Fill(covered, true, reference.TokenStart, reference.TokenEnd - reference.TokenStart);
        }

        return covered;
    }

    private static ReadOnlySpan<char> Word(Paragraph paragraph, int i) => paragraph.Normalised.AsSpan(paragraph.Tokens[i].Start, paragraph.Tokens[i].Length);
}
