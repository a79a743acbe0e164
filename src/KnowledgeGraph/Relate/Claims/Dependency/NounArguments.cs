using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Dependency;

/// <summary>
/// Subject and object of a nominal trigger ("investment in", "talks between"). Object: a nominal modifier with the
/// trigger's preposition ("China's investment in Gwadar"), or an oblique of the light verb carrying the noun
/// ("held talks with"). Subject: a possessor ("China's investment"), a named or demonym modifier ("Chinese investment",
/// "China-Pakistan cooperation"), else the subject of the light verb whose object the noun is ("X provided aid to Y").
/// "between X and Y" and a symmetric predicate with two named modifiers relate the two.
/// </summary>
internal sealed class NounArguments
{
    private readonly ClaimCues cues;
    private readonly ArgumentFinder arguments;
    private readonly VerbArguments verbs;
    private readonly List<int> agents = [];
    private readonly List<int> patients = [];
    private readonly List<int> between = [];
    private SentenceView view = null!;
    private SentenceTree tree = null!;

    public NounArguments(ClaimCues cues, ArgumentFinder arguments, VerbArguments verbs)
    {
        this.cues = cues;
        this.arguments = arguments;
        this.verbs = verbs;
    }

    public void Load(SentenceView sentence, SentenceTree parse)
    {
        view = sentence;
        tree = parse;
    }

    public void Read(int noun, Trigger trigger, List<(int, int)> pairs)
    {
        agents.Clear();
        patients.Clear();
        between.Clear();
        string prep = trigger.Prep ?? "";
        bool isBetween = prep == "between";
        int head = tree.Head(noun);
        bool light = tree.Contains(head) && tree.Relation(noun) is DepRel.Obj or DepRel.NsubjPass
            && (cues.LightVerbs.StartsAt(view, head) || RelationNouns.IsAssertingVerb(view, tree, head, noun, cues));
        for (int c = tree.FirstChild(noun); c >= 0; c = tree.NextSibling(c))
        {
            DepRel relation = tree.Relation(c);
            if (relation == DepRel.Nmod && arguments.HasCase(c, prep))
            {
                arguments.Collect(c, isBetween ? between : patients);
            }
            else if (relation is DepRel.NmodPoss or DepRel.Amod or DepRel.Compound && view.MentionIndexAt(c) >= 0)
            {
                arguments.Collect(c, trigger.Predicate.Symmetric ? between : agents);
            }
        }

        if (light && !isBetween)
        {
            for (int c = tree.FirstChild(head); c >= 0; c = tree.NextSibling(c))
            {
                if (tree.Relation(c) == DepRel.Obl && arguments.HasCase(c, prep))
                {
                    arguments.Collect(c, patients);
                }
            }
        }

        if (between.Count >= 2 && patients.Count == 0)
        {
            // "talks between X and Y"; a directed predicate ("clashes between X and Y") holds both ways.
            for (int k = 1; k < between.Count; k++)
            {
                pairs.Add((between[0], between[k]));
                if (!trigger.Predicate.Symmetric)
                {
                    pairs.Add((between[k], between[0]));
                }
            }

            return;
        }

        agents.AddRange(between);
        if (agents.Count == 0 && light)
        {
            verbs.Agents(head, agents);
        }
        else if (light && trigger.Predicate.Destinations && cues.UnitNouns.LongestAt(view, noun) == 1 && VerbShapes.IsLeadingVerb(view, head))
        {
            // "Azizi, who led a 40-member Taliban delegation of officials and traders to Termez": who leads a party's unit
            // where it goes goes there too.
            int named = agents.Count;
            verbs.Agents(head, agents);
            for (int k = agents.Count - 1; k >= named; k--)
            {
                if (view.Mention(agents[k]).Entity.Type != EntityType.Person)
                {
                    agents.RemoveAt(k);
                }
            }
        }

        foreach (int agent in agents)
        {
            foreach (int patient in patients)
            {
                if (agent != patient)
                {
                    pairs.Add((agent, patient));
                }
            }
        }
    }
}
