using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Dependency;

/// <summary>
/// Reads the claims of one parsed sentence from its dependency tree: for each lexicon trigger, verbal
/// (<see cref="VerbArguments"/>) or nominal (<see cref="NounArguments"/>), the arguments its subject, object and
/// oblique paths lead to, and role titles in appositions and copulas (<see cref="RoleReader"/>). Negation comes
/// from the tree (<see cref="ParseNegation"/>). One instance per document; not thread-safe.
/// </summary>
internal sealed class TreeClaimReader
{
    /// <summary>Weight of a claim read from the tree (the token rules weigh theirs themselves).</summary>
    public const float Weight = 0.9f;

    private static readonly string[] RelationPreps = ["with", "between"];
    private readonly PredicateLexicon lexicon;
    private readonly SentenceTree tree = new();
    private readonly ArgumentFinder arguments;
    private readonly ClauseReader clauses = new();
    private readonly RelativeAttachment relatives;
    private readonly ParseNegation negation;
    private readonly VerbArguments verbs;
    private readonly NounArguments nouns;
    private readonly RoleReader roles;
    private readonly StructureReader structures;
    private readonly List<(int Subject, int Object)> pairs = [];

    public TreeClaimReader(PredicateLexicon lexicon)
    {
        this.lexicon = lexicon;
        arguments = new ArgumentFinder(lexicon.Cues);
        negation = new ParseNegation(lexicon.Cues);
        relatives = new RelativeAttachment(clauses);
        verbs = new VerbArguments(arguments, clauses);
        nouns = new NounArguments(lexicon.Cues, arguments, verbs);
        roles = new RoleReader(lexicon, arguments);
        structures = new StructureReader(lexicon, arguments);
    }

    /// <summary>True after <see cref="Load"/> found a tree for the current sentence.</summary>
    public bool Loaded { get; private set; }

    /// <summary>Parses the view's sentence if needed and loads its tree; false when the paragraph has no syntax.</summary>
    public bool Load(Paragraph paragraph, SentenceView view)
    {
        Loaded = tree.Load(paragraph, view);
        return Loaded;
    }

    /// <summary>Forgets the tree (the next sentence is not parsed).</summary>
    public void Unload() => Loaded = false;

    /// <summary>
    /// True when the loaded tree makes mention <paramref name="m"/> a mere modifier of a common noun that is no role
    /// title ("the director of the China program": China names the programme, not the body the director heads).
    /// </summary>
    public bool IsModifierOnly(SentenceView view, int m)
    {
        if (!Loaded)
        {
            return false;
        }

        int first = view.MentionFirst(m);
        int last = view.MentionLast(m);
        for (int t = last; t >= first; t--)
        {
            int head = tree.Head(t);
            if (head >= first && head <= last)
            {
                continue;
            }

            return tree.Relation(t) == DepRel.Compound && tree.Contains(head) && view.MentionIndexAt(head) < 0
                && tree.Upos(head) is Upos.Noun && !roles.IsTitleWord(view.Word(head));
        }

        return false;
    }

    /// <summary>True when the trigger at <paramref name="token"/> stands in a relative clause of a named antecedent (<see cref="RelativeAttachment"/>).</summary>
    public bool InNamedRelative(int token) => Loaded && relatives.HasNamedAntecedent(token);

    /// <summary>Appends what the loaded tree states to <paramref name="output"/>.</summary>
    public void Read(SentenceView view, List<TreeClaim> output)
    {
        if (!Loaded)
        {
            return;
        }

        arguments.Load(view, tree);
        clauses.Load(view, tree);
        relatives.Load(view, tree);
        negation.Load(view, tree);
        verbs.Load(view, tree);
        nouns.Load(view, tree);
        roles.Load(view, tree);
        structures.Load(view, tree);
        for (int i = view.First; i < view.End; i++)
        {
            if (view.MentionIndexAt(i) >= 0 || view.Token(i).Kind != TokenKind.Word)
            {
                continue;
            }

            if (RelationNouns.IsCue(lexicon.Cues, view.Word(i)))
            {
                foreach (string prep in RelationPreps)
                {
                    if (RelationNouns.For(view, i, prep, lexicon) is { } relation)
                    {
                        ReadTrigger(view, i, relation.Words, relation, output);
                    }
                }
            }

            var list = view.TriggersAt(i);
            if (list is null)
            {
                continue;
            }

            foreach (var (words, trigger) in list)
            {
                ReadTrigger(view, i, words, trigger, output);
            }
        }

        roles.Read(output);
        structures.Read(output);
    }

    private void ReadTrigger(SentenceView view, int i, string[] words, Trigger trigger, List<TreeClaim> output)
    {
        pairs.Clear();
        Upos upos = tree.Upos(i);
        int end = i + 1;
        switch (trigger.Kind)
        {
            case TriggerKind.Verb when upos is Upos.Verb || (upos is Upos.Adj && view.Word(i).EndsWith("ed", StringComparison.OrdinalIgnoreCase)):
                if (words.Length > 1 && !view.WordsMatch(i, words))
                {
                    return;
                }

                end = i + words.Length;
                verbs.Read(i, trigger, words, pairs);
                break;
            case TriggerKind.Noun when upos is Upos.Noun or Upos.Propn && trigger.Predicate.Name != "PART_OF":
                if (RelationNouns.Reading(view, tree, i, trigger, lexicon) is not { } reading)
                {
                    return;
                }

                trigger = reading;
                nouns.Read(i, trigger, pairs);
                break;
            default:
                return;
        }

        if (pairs.Count == 0)
        {
            return;
        }

        bool negated = negation.IsNegated(i);
        foreach (var (subject, obj) in pairs)
        {
            var candidate = new ClaimCandidate(subject, obj, Weight, i, i, null) { Negated = negated };
            output.Add(new TreeClaim(candidate, trigger, i, end));
        }
    }
}
