using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Eval;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Learned;

/// <summary>
/// Turns annotated sentences read inside their articles (<see cref="ArticleClaimReader"/>) into relation examples:
/// every pair of different entities among a sentence's mentions and resolved references, at its two nearest mentions
/// (<see cref="RelationPairs"/>), labelled with the annotated claim between them (either direction) or "no relation". An annotated claim names its entities
/// by id or by a name the set's entity table gives them; a claim whose parties the pipeline did not find as two
/// mentions of the sentence cannot be learned and is counted, as are pairs annotated with two relations (the first is
/// kept). The pipeline that read the articles ran the claim rules: a pair they related is marked
/// (<see cref="RelationExample.Ruled"/>).
/// </summary>
internal sealed class RelationTrainingData
{
    private readonly RelationLabels labels;
    private readonly SentenceView view;
    private readonly Dictionary<string, int> documents = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), (int A, int B, int Gap)> nearest = [];

    /// <summary>Examples labelled with <paramref name="labels"/>, read with the triggers of <paramref name="lexicon"/> as at run time.</summary>
    public RelationTrainingData(RelationLabels labels, PredicateLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        this.labels = labels;
        view = new SentenceView { Triggers = lexicon.Triggers };
    }

    public List<RelationExample> Examples { get; } = [];

    /// <summary>Annotated sentences read.</summary>
    public int Sentences { get; private set; }

    /// <summary>Annotated claims in the sentences read.</summary>
    public int Claims { get; private set; }

    /// <summary>Annotated claims that label a pair.</summary>
    public int Placed { get; private set; }

    /// <summary>Pairs annotated with more than one relation (the first kept).</summary>
    public int Doubled { get; private set; }

    /// <summary>Adds the examples of the sentences <paramref name="read"/> found, naming entities through <paramref name="set"/>.</summary>
    public void Add(ClaimEvalSet set, ArticleRead read)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(read);
        Dictionary<string, HashSet<string>> names = NamesOf(set);
        foreach (ClaimEvalSentence sentence in set.Sentences)
        {
            if (!read.Sentences.TryGetValue(sentence, out ArticleSentence? found) || found.Paragraph is not { } paragraph)
            {
                continue;
            }

            int index = Array.FindIndex(paragraph.Sentences, s => s.Start <= found.Start && s.End >= found.End);
            if (index < 0)
            {
                index = Array.FindIndex(paragraph.Sentences, s => s.End > found.Start);
            }

            Sentences++;
            Claims += sentence.Claims.Count;
            if (index < 0 || !view.Load(paragraph, index))
            {
                continue;
            }

            paragraph.Syntax?.EnsureParsed(index);

            // Folds hold whole stretches of a file (a seed file holds many articles).
            string stretch = $"{sentence.File}#{sentence.Line / 40}";
            if (!documents.TryGetValue(stretch, out int document))
            {
                documents.Add(stretch, document = documents.Count);
            }

            AddPairs(sentence, found.Claims, names, document);
        }
    }

    private void AddPairs(ClaimEvalSentence sentence, IReadOnlyList<Claim> ruled, Dictionary<string, HashSet<string>> names, int document)
    {
        // An entity pair's relation is read once, at its two nearest mentions, as at run time (RelationPairs).
        RelationPairs.Nearest(view, nearest);
        var used = new bool[sentence.Claims.Count];
        foreach ((int a, int b, _) in nearest.Values)
        {
            Entity left = view.Mention(a).Entity;
            Entity right = view.Mention(b).Entity;
            int label = Label(sentence, left, right, names, used, out bool doubled);
            Doubled += doubled ? 1 : 0;
            var features = new ulong[RelationFeatures.Max];
            int count = RelationFeatures.Extract(view, a, b, features);
            bool related = ruled.Any(c => RelationPairs.Joins(c, left, right));
            Examples.Add(new RelationExample(features[..count], label, document, related, left.Type, right.Type));
        }

        Placed += used.Count(u => u);
    }

    /// <summary>The class the annotation gives entities <paramref name="left"/> (first) and <paramref name="right"/>; marks the claims used.</summary>
    private int Label(ClaimEvalSentence sentence, Entity left, Entity right, Dictionary<string, HashSet<string>> names, bool[] used, out bool doubled)
    {
        int label = RelationLabels.None;
        doubled = false;
        for (int k = 0; k < sentence.Claims.Count; k++)
        {
            ExpectedClaim claim = sentence.Claims[k];
            bool forward = Is(claim.Subject, left, names) && Is(claim.Object, right, names);
            bool backward = Is(claim.Subject, right, names) && Is(claim.Object, left, names);
            int encoded = forward || backward ? labels.Encode(claim.Predicate, forward) : -1;
            if (encoded < 0)
            {
                continue;
            }

            if (label != RelationLabels.None)
            {
                doubled = true;
                continue;
            }

            label = encoded;
            used[k] = true;
        }

        return label;
    }

    /// <summary>Each annotated id's names, lower-cased: the names and surface forms its entity table gives it.</summary>
    private static Dictionary<string, HashSet<string>> NamesOf(ClaimEvalSet set)
    {
        var names = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (SurfaceForm surface in set.Surfaces)
        {
            if (!names.TryGetValue(surface.Entity.Id, out HashSet<string>? known))
            {
                names.Add(surface.Entity.Id, known = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { surface.Entity.Name });
            }

            if (surface.Kind is MentionKind.Name or MentionKind.Acronym)
            {
                known.Add(surface.Text);
            }
        }

        return names;
    }

    private static bool Is(string expected, Entity entity, Dictionary<string, HashSet<string>> names) =>
        expected.Equals(entity.Id, StringComparison.OrdinalIgnoreCase)
        || expected.Equals(entity.Name, StringComparison.OrdinalIgnoreCase)
        || (names.TryGetValue(expected, out HashSet<string>? known) && known.Contains(entity.Name));
}
