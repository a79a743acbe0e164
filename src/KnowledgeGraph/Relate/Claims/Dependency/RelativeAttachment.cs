using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;

namespace KnowledgeGraph.Relate.Claims.Dependency;

/// <summary>
/// Whether a verb stands in a relative clause ("Kyrgyzstan, which holds …", "a terminal that was built by …") or a
/// reduced relative ("the port, operated by …") whose antecedent the text itself shows: the clause hangs on a name and
/// opens right after it, past a comma at most, or on a description in apposition to a name with no comma between them
/// ("Islamic State Khorasan Province, the regional branch of Islamic State that has attacked …"). A clause the parser
/// hangs on a common noun after the name ("the Saindak mine in Chagai district, which is run by …") or one "who" opens
/// after a body ("deputy head of the Chamber of Commerce, who travelled …") has no antecedent one can trust.
/// Infinitives after a noun ("the Taliban's failure to crack down") are no relative clauses, and a clause negated at the
/// verb or its agent is left to the token rules. One instance per document.
/// </summary>
internal sealed class RelativeAttachment
{
    private const int MaxClimb = 3;
    private readonly ClauseReader clauses;
    private SentenceView view = null!;
    private SentenceTree tree = null!;

    public RelativeAttachment(ClauseReader clauses) => this.clauses = clauses;

    public void Load(SentenceView sentence, SentenceTree parse)
    {
        view = sentence;
        tree = parse;
    }

    /// <summary>True when <paramref name="verb"/>, or the clause it is conjoined or complement to, relates a named antecedent.</summary>
    public bool HasNamedAntecedent(int verb)
    {
        int clause = ClauseOf(verb);
        if (clause < 0 || !tree.Contains(tree.Head(clause)) || NegatedArgument(verb))
        {
            return false;
        }

        int head = tree.Head(clause);
        int opener = Opener(clause);
        if (opener < 0)
        {
            return false;
        }

        if (view.MentionIndexAt(head) is >= 0 and var m)
        {
            int after = LastConjunct(m) + 1;
            after += view.Is(after, ",") ? 1 : 0;
            return opener == after && !(view.Is(opener, "who") && view.Mention(m).Entity.Type != EntityType.Person);
        }

        // A description of a name: "the regional branch of Islamic State that has attacked …".
        return tree.Relation(head) == DepRel.Appos && tree.Contains(tree.Head(head)) && view.MentionIndexAt(tree.Head(head)) >= 0
            && !view.Is(opener - 1, ",") && opener > head;
    }

    /// <summary>The relative clause or participle node above <paramref name="verb"/> through complements and conjuncts, or -1.</summary>
    private int ClauseOf(int verb)
    {
        for (int depth = 0; depth < MaxClimb && tree.Contains(verb); depth++)
        {
            switch (tree.Relation(verb))
            {
                case DepRel.AclRelcl:
                case DepRel.Acl when !clauses.HasInfinitive(verb):
                    return verb;
                case DepRel.Xcomp or DepRel.Conj:
                    verb = tree.Head(verb);
                    break;
                default:
                    return -1;
            }
        }

        return -1;
    }

    /// <summary>The relative pronoun opening the clause, or the participle itself; -1 for a clause with no pronoun.</summary>
    private int Opener(int clause)
    {
        if (tree.Relation(clause) == DepRel.Acl)
        {
            return clause;
        }

        int first = -1;
        for (int c = tree.FirstChild(clause); c >= 0; c = tree.NextSibling(c))
        {
            if (c < clause && clauses.IsRelative(c) && (first < 0 || c < first))
            {
                first = c;
            }
        }

        return first;
    }

    /// <summary>
    /// True when "not" or "never" qualifies the verb or one of its obliques ("The Dasu project, financed not by China but by
    /// others"): the clause says who did not act, which the token rules read.
    /// </summary>
    private bool NegatedArgument(int verb)
    {
        for (int c = tree.FirstChild(verb); c >= 0; c = tree.NextSibling(c))
        {
            if (IsNot(c) || (tree.Relation(c) is DepRel.Obl or DepRel.OblAgent && HasNot(c)))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasNot(int node)
    {
        for (int c = tree.FirstChild(node); c >= 0; c = tree.NextSibling(c))
        {
            if (IsNot(c))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNot(int token) => tree.Relation(token) == DepRel.Advmod && (view.Is(token, "not") || view.Is(token, "never"));

    /// <summary>The last token of the coordination mention <paramref name="m"/> opens ("Uzbekistan and Turkmenistan, which …").</summary>
    private int LastConjunct(int m)
    {
        int last = view.MentionLast(m);
        for (int t = view.MentionFirst(m); t <= last; t++)
        {
            for (int c = tree.FirstChild(t); c >= 0; c = tree.NextSibling(c))
            {
                if (c > last && tree.Relation(c) == DepRel.Conj && view.MentionIndexAt(c) is >= 0 and var next)
                {
                    last = view.MentionLast(next);
                }
            }
        }

        return last;
    }
}
