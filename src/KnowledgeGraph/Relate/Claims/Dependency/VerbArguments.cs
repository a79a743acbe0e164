using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Dependency;

/// <summary>
/// Subject and object of a verbal trigger. Active: the subject is the agent, the objects are obj/iobj (when the
/// predicate takes a direct object) and obliques whose preposition the predicate lists ("met with", "invested in"),
/// also on the direct object ("signed a deal with"). Passive: the subject is the patient, obl:agent ("by X") the agent.
/// A trigger ending in a preposition ("based in", "call on") takes its oblique as object whatever the voice. A symmetric
/// predicate with coordinated subjects and no object relates the conjuncts ("China and Pakistan signed").
/// </summary>
internal sealed class VerbArguments
{
    private readonly ArgumentFinder arguments;
    private readonly ClauseReader clauses;
    private readonly List<int> agents = [];
    private readonly List<int> patients = [];
    private SentenceView view = null!;
    private SentenceTree tree = null!;

    public VerbArguments(ArgumentFinder arguments, ClauseReader clauses)
    {
        this.arguments = arguments;
        this.clauses = clauses;
    }

    public void Load(SentenceView sentence, SentenceTree parse)
    {
        view = sentence;
        tree = parse;
    }

    /// <summary>The agents of <paramref name="verb"/> read as an active subject (light verbs carrying a noun trigger).</summary>
    public void Agents(int verb, List<int> output)
    {
        int subject = clauses.Subject(verb);
        if (subject >= 0 && !clauses.IsPassive(verb))
        {
            arguments.Collect(subject, output);
        }
    }

    public void Read(int verb, Trigger trigger, string[] words, List<(int, int)> pairs)
    {
        agents.Clear();
        patients.Clear();
        // A reciprocal verb ("fought", "agreed") is read by the token rules alone, which know its sides.
        if (trigger.Reciprocal)
        {
            return;
        }

        PredicateDefinition predicate = trigger.Predicate;
        string? fixedPrep = words.Length > 1 && IsPreposition(words[^1]) ? words[^1] : null;
        // "the terminal, paid for by China": a passive whose preposition is stranded before its agent's "by" is still passive
        // (the parser may hang both on the agent, and then need not see a passive).
        bool passive = fixedPrep is null ? clauses.IsPassive(verb) : StrandedBefore(verb, fixedPrep) || (HasByAgent(verb) && clauses.IsPassive(verb));
        int subject = clauses.Subject(verb);
        if (subject >= 0)
        {
            arguments.Collect(subject, passive ? patients : agents);
        }

        bool clause = false;
        for (int c = tree.FirstChild(verb); c >= 0; c = tree.NextSibling(c))
        {
            DepRel relation = tree.Relation(c);
            clause |= relation == DepRel.Ccomp;
            if (relation == DepRel.OblAgent || (passive && relation == DepRel.Obl && IsByPhrase(c)))
            {
                arguments.Collect(c, agents);
            }
            else if (relation is DepRel.Obj or DepRel.Iobj && !passive)
            {
                if ((predicate.Direct || trigger.TakesDirectObject) && fixedPrep is null)
                {
                    int before = patients.Count;
                    arguments.Collect(c, patients);
                    if (patients.Count == before && predicate.PossessorObject)
                    {
                        // "rejected Kabul's accusations", "resisting China's presence": the possessor is the target.
                        PossessorChildren(c, patients);
                    }
                }

                PrepositionalChildren(c, predicate, fixedPrep, DepRel.Nmod, patients);
            }
            else if (relation == DepRel.Obl && TakesPreposition(c, predicate, fixedPrep))
            {
                arguments.Collect(c, patients);
            }
        }

        // "George Bush and James Baker agreed that NATO would not expand": a clause the verb takes is what they hold
        // together, not a relation between them.
        if (patients.Count == 0 && agents.Count >= 2 && predicate.Symmetric && !clause)
        {
            for (int k = 1; k < agents.Count; k++)
            {
                pairs.Add((agents[0], agents[k]));
            }

            return;
        }

        foreach (int agent in agents)
        {
            foreach (int patient in patients)
            {
                pairs.Add((agent, patient));
            }
        }
    }

    private bool HasByAgent(int verb)
    {
        for (int c = tree.FirstChild(verb); c >= 0; c = tree.NextSibling(c))
        {
            if (tree.Relation(c) == DepRel.OblAgent || (tree.Relation(c) == DepRel.Obl && IsByPhrase(c)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when an oblique of <paramref name="verb"/> has <paramref name="prep"/> and then "by" as its case markers ("for by China").</summary>
    private bool StrandedBefore(int verb, string prep)
    {
        for (int c = tree.FirstChild(verb); c >= 0; c = tree.NextSibling(c))
        {
            if (tree.Relation(c) is DepRel.Obl or DepRel.OblAgent && IsByPhrase(c) && arguments.CaseToken(c) is >= 0 and var first
                && view.Is(first, prep) && view.Is(first + 1, "by"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An oblique with "by" among its case markers: the parser hangs a stranded "for" on the agent too ("for by China").</summary>
    private bool IsByPhrase(int node)
    {
        for (int c = tree.FirstChild(node); c >= 0; c = tree.NextSibling(c))
        {
            if (tree.Relation(c) == DepRel.Case && view.Is(c, "by"))
            {
                return true;
            }
        }

        return false;
    }

    private void PossessorChildren(int node, List<int> output)
    {
        for (int c = tree.FirstChild(node); c >= 0; c = tree.NextSibling(c))
        {
            if (tree.Relation(c) == DepRel.NmodPoss || (tree.Relation(c) == DepRel.Amod && view.MentionIndexAt(c) >= 0))
            {
                arguments.Collect(c, output);
            }
        }
    }

    private void PrepositionalChildren(int node, PredicateDefinition predicate, string? fixedPrep, DepRel relation, List<int> output)
    {
        for (int c = tree.FirstChild(node); c >= 0; c = tree.NextSibling(c))
        {
            if (tree.Relation(c) == relation && TakesPreposition(c, predicate, fixedPrep))
            {
                arguments.Collect(c, output);
            }
        }
    }

    private bool TakesPreposition(int node, PredicateDefinition predicate, string? fixedPrep)
    {
        int prep = arguments.CaseToken(node);
        if (prep < 0)
        {
            return false;
        }

        if (fixedPrep is not null)
        {
            return view.Is(prep, fixedPrep);
        }

        foreach (string allowed in predicate.Preps)
        {
            if (view.Is(prep, allowed))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPreposition(string word) => word is "in" or "on" or "with" or "to" or "into" or "for" or "against" or "from" or "of";
}
