using System.Runtime.InteropServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Roles;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Dependency;

/// <summary>
/// Role titles the tree attaches to a person: an apposition ("Wang Yi, China's foreign minister"; "China's foreign
/// minister, Wang Yi") or a copula ("X is the leader of Y"). The title is a lexicon title ending in the noun; the body
/// is its possessor, its named or demonym modifier, or its "of/at/for/in" modifier; titles conjoined to the first one
/// ("a freelance journalist and a consultant with …") are read the same way. LEADS for heads, HOLDS_ROLE_IN for
/// other offices, MEMBER_OF for members, as the lexicon files them; the qualifier is the title with "former", "acting",
/// "then-" kept.
/// </summary>
internal sealed class RoleReader
{
    private readonly TitleIndex titles;
    private readonly ClaimCues cues;
    private readonly ArgumentFinder arguments;
    private readonly List<int> bodies = [];
    private readonly List<int> employers = [];
    private readonly PredicateDefinition? role;
    private SentenceView view = null!;
    private SentenceTree tree = null!;

    public RoleReader(PredicateLexicon lexicon, ArgumentFinder arguments)
    {
        this.arguments = arguments;
        titles = lexicon.Titles;
        cues = lexicon.Cues;
        role = lexicon.Find("HOLDS_ROLE_IN");
    }

    /// <summary>True when a lexicon title ends in <paramref name="word"/> (leader, minister, spokesperson).</summary>
    public bool IsTitleWord(ReadOnlySpan<char> word) => titles.IsTitleWord(word);

    public void Load(SentenceView sentence, SentenceTree parse)
    {
        view = sentence;
        tree = parse;
    }

    public void Read(List<TreeClaim> output)
    {
        for (int m = 0; m < view.MentionCount; m++)
        {
            // Persons hold roles; groups and bodies are members, branches and affiliates (the predicate's types decide).
            int head = HeadOf(m);
            for (int c = tree.FirstChild(head); c >= 0; c = tree.NextSibling(c))
            {
                if (tree.Relation(c) == DepRel.Appos)
                {
                    ReadTitles(m, c, output);
                }
            }

            int up = tree.Head(head);
            if (!tree.Contains(up))
            {
                continue;
            }

            if (tree.Relation(head) == DepRel.Appos || (tree.Relation(head) == DepRel.Nsubj && tree.HasChild(up, DepRel.Cop)))
            {
                ReadTitles(m, up, output);
            }
        }
    }

    /// <summary>
    /// The title and the titles conjoined to it ("a freelance journalist and a consultant with the Institute …"), also
    /// where the parser conjoins the second title to the first one's body: "a senior fellow at the Center for Global
    /// Development and the director of the U.S. Development Policy Initiative" (a body and a title noun are no pair).
    /// </summary>
    private void ReadTitles(int person, int title, List<TreeClaim> output)
    {
        ReadTitle(person, title, output);
        for (int c = tree.FirstChild(title); c >= 0; c = tree.NextSibling(c))
        {
            if (tree.Relation(c) == DepRel.Conj && view.MentionIndexAt(c) < 0)
            {
                ReadTitle(person, c, output);
            }
            else if (tree.Relation(c) == DepRel.Nmod && view.MentionIndexAt(c) >= 0)
            {
                for (int cc = tree.FirstChild(c); cc >= 0; cc = tree.NextSibling(cc))
                {
                    if (tree.Relation(cc) == DepRel.Conj && view.MentionIndexAt(cc) < 0 && titles.IsTitleWord(view, cc))
                    {
                        ReadTitle(person, cc, output);
                    }
                }
            }
        }
    }

    private int HeadOf(int m)
    {
        int first = view.MentionFirst(m);
        int last = view.MentionLast(m);
        for (int t = last; t >= first; t--)
        {
            int h = tree.Head(t);
            if (h < first || h > last)
            {
                return t;
            }
        }

        return last;
    }

    /// <summary>A lexicon title of more than one word that starts at <paramref name="i"/>, or null.</summary>
    private Trigger? LongerTitleAt(int i)
    {
        foreach (var (words, trigger) in CollectionsMarshal.AsSpan(view.TriggersAt(i)))
        {
            if (trigger.Kind == TriggerKind.Title && words.Length > 1 && view.WordsMatch(i, words))
            {
                return trigger;
            }
        }

        return null;
    }

    private void ReadTitle(int person, int title, List<TreeClaim> output)
    {
        // A title word the tagger calls an adjective is a noun when a determiner heads it ("the latest U.S. official").
        if (view.MentionIndexAt(title) >= 0 || !(tree.Upos(title) is Upos.Noun or Upos.Propn || tree.Upos(title) == Upos.Adj && tree.HasChild(title, DepRel.Det))
            || titles.EndingIn(view, title) is not { } list)
        {
            return;
        }

        Trigger? found = null;
        foreach (Trigger trigger in list)
        {
            if (view.WordsMatch(title - trigger.Length + 1, trigger.Words))
            {
                found = trigger;
                break;
            }
        }

        if (found is null)
        {
            return;
        }

        // "the White House Chief of Staff, Karl Rove": the tree's head is "Chief", but the longer title that starts there
        // is the office.
        if (LongerTitleAt(title) is { } longer && longer.Predicate != found.Predicate)
        {
            return;
        }

        bodies.Clear();
        employers.Clear();
        for (int c = tree.FirstChild(title); c >= 0; c = tree.NextSibling(c))
        {
            DepRel relation = tree.Relation(c);
            if (relation == DepRel.Compound && IsField(c, title - found.Length + 1, found.Length))
            {
                continue;
            }

            if (relation is DepRel.NmodPoss or DepRel.Amod or DepRel.Compound && view.MentionIndexAt(c) >= 0
                || relation == DepRel.Nmod && arguments.HasCase(c, "of"))
            {
                arguments.Collect(c, bodies);
            }
            else if (relation == DepRel.Nmod && arguments.HasCase(c, "at", "with"))
            {
                // "the director of the China program at the Stimson Center": a head "at" or "with" a body heads something in
                // it, so holds a role in it.
                arguments.Collect(c, employers);
            }
            else if (relation == DepRel.Nmod && arguments.HasCase(c, "for", "in"))
            {
                // "a spokesperson for the ministry"; "an analyst for Africa" names a beat, not an employer.
                int before = bodies.Count;
                arguments.Collect(c, bodies);
                bodies.RemoveAll(b => bodies.IndexOf(b) >= before && view.Mention(b).Entity.Type is not (EntityType.Organisation or EntityType.Group));
            }
        }

        // "ISKP, the Afghan affiliate of Islamic State": a demonym before a branch's noun (claim_cues structure_branches)
        // says where the branch is, not what it is part of.
        if (cues.StructureBranches.LongestAt(view, title) == 1)
        {
            bodies.RemoveAll(b => view.Mention(b).Kind == MentionKind.Demonym);
        }

        int start = title - found.Length + 1;

        int from = OfficeQualifier.Start(view, cues, start);

        string qualifier = view.Text[view.Token(from).Start..view.Token(title).End];
        Add(person, bodies, found, start, title, qualifier, output);
        Add(person, employers, found.Predicate.Name == "LEADS" && role is not null ? new Trigger(found.Words, TriggerKind.Title, role, null) : found, start, title, qualifier, output);
    }

    /// <summary>
    /// True when the name at <paramref name="node"/>, compounded with a profession's title (claim_cues <c>professions</c>)
    /// of <paramref name="length"/> words at <paramref name="start"/>, is a place or country: the holder's field, not a
    /// body the holder serves ("Chen Yulin, a South Asia specialist at Tsinghua University"; "a China expert").
    /// </summary>
    private bool IsField(int node, int start, int length) =>
        view.MentionIndexAt(node) is >= 0 and var m && view.Mention(m).Kind != MentionKind.Demonym && !view.IsPossessive(m)
        && view.Mention(m).Entity.Type is EntityType.Place or EntityType.Country && cues.Professions.LongestAt(view, start) == length;

    private static void Add(int person, List<int> bodies, Trigger trigger, int start, int title, string qualifier, List<TreeClaim> output)
    {
        foreach (int body in bodies)
        {
            if (body != person)
            {
                output.Add(new TreeClaim(new ClaimCandidate(person, body, TreeClaimReader.Weight, start, start, qualifier) { Negated = false }, trigger, start, title + 1));
            }
        }
    }
}
