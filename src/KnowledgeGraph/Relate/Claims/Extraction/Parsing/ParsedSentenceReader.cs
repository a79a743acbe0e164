using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Dependency;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Building;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Parsing;

/// <summary>
/// The dependency tree's part in the claims of the sentence of a <see cref="SentenceView"/>, read only where cheap token
/// and tag checks say it adds claims (<see cref="ParseGate"/>): it vetoes the token rules' title claims whose body only
/// modifies a common noun, then adds the tree's own claims. A sentence parsed only for a verb the token rules left unread
/// in a relative clause after a name (<see cref="RelativeVerbGate"/>) gives only the claims of such verbs
/// whose arguments are written names (<see cref="TreeClaimReader.InNamedRelative"/>).
/// </summary>
internal sealed class ParsedSentenceReader
{
    private readonly SentenceView view;
    private readonly TreeClaimReader tree;
    private readonly ParseGate gate;
    private readonly RelativeVerbGate relativeGate = new();
    private readonly ClaimBuilder builder;
    private readonly List<TreeClaim> treeClaims = [];
    /// <summary>Title claims the token rules emitted in this sentence, with their body mention, for the tree's veto.</summary>
    private readonly List<(Claim Claim, int Body)> titled = [];

    /// <summary><paramref name="tree"/> is the one <paramref name="builder"/> asks whether a title's body only modifies a noun.</summary>
    public ParsedSentenceReader(PredicateLexicon lexicon, SentenceView view, TreeClaimReader tree, ClaimBuilder builder)
    {
        this.view = view;
        this.tree = tree;
        this.builder = builder;
        gate = new ParseGate(lexicon);
    }

    /// <summary>Sentences whose dependency tree was read (parsed here unless a stage before parsed them).</summary>
    public int TreesRead { get; private set; }

    /// <summary>Forgets the tree and the title claims of the sentence read before.</summary>
    public void Unload()
    {
        tree.Unload();
        titled.Clear();
    }

    /// <summary>Notes a title claim of the token rules, whose body mention is <paramref name="body"/>, for the veto.</summary>
    public void AddTitled(Claim claim, int body) => titled.Add((claim, body));

    /// <summary>True when the token rules read a title of entity <paramref name="id"/> in this sentence.</summary>
    public bool HasTitle(string id)
    {
        foreach (var (claim, _) in titled)
        {
            if (claim.Subject.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads the tree of the loaded sentence if the gate lets it: <paramref name="handled"/> and <paramref name="covered"/>
    /// mark per token the token rules' triggers and their words, <paramref name="output"/> holds the sentence's claims from
    /// <paramref name="first"/> on.
    /// </summary>
    public void Read(Paragraph paragraph, ReadOnlySpan<bool> handled, ReadOnlySpan<bool> covered, List<Claim> output, int first)
    {
        if (gate.ShouldParse(paragraph, view, handled, covered, output.Count > first))
        {
            TreesRead++;
            tree.Load(paragraph, view);
            Veto(output);
            ReadTree(output, first, false);
        }
        else if (relativeGate.ShouldParse(paragraph, view, handled))
        {
            TreesRead++;
            tree.Load(paragraph, view);
            ReadTree(output, first, true);
        }
    }

    /// <summary>
    /// True when mention <paramref name="m"/> is a name as written, not a reference coreference resolved or a partial name:
    /// "armed Uygur groups that are living in the country" places them in no state the description may have been resolved to.
    /// </summary>
    private bool Written(int m) => view.Mention(m).Kind != MentionKind.Partial;

    /// <summary>Drops the token rules' role claims whose body the tree shows to modify a common noun ("the China program").</summary>
    private void Veto(List<Claim> output)
    {
        foreach (var (claim, body) in titled)
        {
            if (tree.IsModifierOnly(view, body))
            {
                output.Remove(claim);
            }
        }
    }

    /// <summary>Adds the tree's claims; with <paramref name="relativeOnly"/>, only those of relative clauses of a written name.</summary>
    private void ReadTree(List<Claim> output, int first, bool relativeOnly)
    {
        treeClaims.Clear();
        tree.Read(view, treeClaims);
        foreach (TreeClaim found in treeClaims)
        {
            if (relativeOnly && !(tree.InNamedRelative(found.Start) && Written(found.Candidate.Subject) && Written(found.Candidate.Object)))
            {
                continue;
            }

            Claim? claim = builder.Build(found.Candidate, found.Trigger, found.Start, found.End);
            builder.AddAlsoMeant(found.Candidate, found.Trigger, found.Start, found.End, output);
            if (claim is null || !builder.Seen.Add((claim.Subject.Id, claim.Predicate, claim.Object.Id, claim.Negated)))
            {
                continue;
            }

            // The tree scopes negation better than the token window: its reading replaces the token rules' one.
            int same = output.FindIndex(first, c => c.Sentence == claim.Sentence && c.Subject.Id == claim.Subject.Id
                && c.Predicate == claim.Predicate && c.Object.Id == claim.Object.Id && c.Negated != claim.Negated);
            if (same >= 0)
            {
                output[same] = claim;
            }
            else
            {
                output.Add(claim);
            }
        }
    }
}
