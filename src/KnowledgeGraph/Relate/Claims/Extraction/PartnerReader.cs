using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// Role nouns of a predicate (<see cref="PredicateDefinition.Partners"/>) that relate the party that is the role to the
/// party whose role it is: the role-holder is the subject of a copula or the head of an apposition, the owner follows a
/// preposition ("China is a major trade partner and investor in Africa", "China, the largest investor in Zambia");
/// coordinated roles share the owner. One instance per reader; not thread-safe.
/// </summary>
internal sealed class PartnerReader
{
    private const int MaxModifiers = 3;
    private static readonly string[] Preps = ["of", "for", "to", "in", "with"];
    private readonly SubjectFinder subjectFinder;
    private readonly ObjectFinder objectFinder;
    private readonly PhraseIndex<Trigger> roles = new();
    private readonly List<Argument> subjects = [];
    private readonly List<Argument> objects = [];
    private readonly List<(Trigger Trigger, int Start)> shared = [];
    private readonly bool any;

    public PartnerReader(PredicateLexicon lexicon, SubjectFinder subjectFinder, ObjectFinder objectFinder)
    {
        this.subjectFinder = subjectFinder;
        this.objectFinder = objectFinder;
        foreach (PredicateDefinition predicate in lexicon.Predicates)
        {
            foreach (string role in predicate.Partners)
            {
                string[] words = PhraseWords.Split(role);
                roles.Add(words, new Trigger(words, TriggerKind.Noun, predicate, null));
                roles.Add(Plural(words), new Trigger(Plural(words), TriggerKind.Noun, predicate, null));
                any = true;
            }
        }

        roles.Seal();
    }

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!any)
        {
            return;
        }

        for (int i = view.First + 1; i < view.End; i++)
        {
            if (view.MentionIndexAt(i) >= 0 || RoleAt(view, i) is not { } match)
            {
                continue;
            }

            int before = SkipModifiers(view, i - 1);
            int after = i + match.Words.Length;
            if (GrammarWords.Articles.StartsAt(view, before) && !view.Is(before, "one"))
            {
                ReadHolderFirst(view, before, i, match, after, output);
            }
            else
            {
                ReadExamples(view, i, match, after, output);
            }

            i = after - 1;
        }
    }

    /// <summary>"X is a major trade partner and investor in Y", "X, the largest investor in Y".</summary>
    private void ReadHolderFirst(SentenceView view, int article, int at, Trigger first, int after, List<(ClaimCandidate, Trigger, int)> output)
    {
        shared.Clear();
        shared.Add((first, at));
        // "trade partner and investor in Africa": a coordinated role shares the owner.
        int next = SkipModifiersForward(view, after + 1);
        if (view.Is(after, "and") && RoleAt(view, next) is { } second)
        {
            shared.Add((second, next));
            after = next + second.Words.Length;
        }

        // "a frustrating partner economically for the Afghan Republic": an adverb may stand before the owner.
        if (IsAdverb(view, after))
        {
            after++;
        }

        if (!Preps.Any(p => view.Is(after, p)))
        {
            return;
        }

        objectFinder.Find(view, after, Preps, direct: false, objects);
        if (objects.Count == 0)
        {
            return;
        }

        subjects.Clear();
        int bridge = article;
        if (view.Is(article - 1, ",") && view.MentionIndexAt(article - 2) is var head and >= 0 && !view.IsPossessive(head))
        {
            subjects.Add(new Argument(head, 0.85f));
        }
        else if (GrammarWords.BeForms.StartsAt(view, article - 1) || view.Is(article - 1, "remains") || view.Is(article - 1, "became"))
        {
            subjectFinder.Find(view, article, subjects, out bridge);
        }

        foreach (var (trigger, start) in shared)
        {
            foreach (Argument holder in subjects)
            {
                foreach (Argument owner in objects)
                {
                    output.Add((new ClaimCandidate(holder.Mention, owner.Mention, Math.Min(holder.Weight, owner.Weight) * 0.9f, bridge, at, null), trigger, start));
                }
            }
        }
    }

    /// <summary>
    /// "Western allies like India and Turkey", "China's partners such as Pakistan": the named examples after a plural role
    /// hold it towards the party named right before it (a demonym, a possessor or a name).
    /// </summary>
    private void ReadExamples(SentenceView view, int at, Trigger role, int after, List<(ClaimCandidate, Trigger, int)> output)
    {
        int owner = SubjectFinder.EndingAt(view, at - 1);
        if (owner < 0 || !view.Word(after - 1).EndsWith('s'))
        {
            return;
        }

        int j = view.Is(after, "(") ? after + 1 : after;
        if (view.Is(j, "like") || view.Is(j, "including"))
        {
            j++;
        }
        else if (view.Is(j, "such") && view.Is(j + 1, "as"))
        {
            j += 2;
        }
        else
        {
            return;
        }

        if (view.Is(j, "the"))
        {
            j++;
        }

        if (view.MentionIndexAt(j) < 0)
        {
            return;
        }

        objectFinder.Find(view, j, Preps, direct: true, objects);
        foreach (Argument holder in objects)
        {
            output.Add((new ClaimCandidate(holder.Mention, owner, holder.Weight * 0.85f, at, at, null), role, at));
        }
    }

    /// <summary>The token before the lower-case modifiers that end at <paramref name="i"/> ("largest", "major", "foreign").</summary>
    private static int SkipModifiers(SentenceView view, int i)
    {
        for (int n = 0; n < MaxModifiers && IsModifier(view, i); n++)
        {
            i--;
        }

        return i;
    }

    private int SkipModifiersForward(SentenceView view, int i)
    {
        for (int n = 0; n < MaxModifiers && IsModifier(view, i) && RoleAt(view, i) is null; n++)
        {
            i++;
        }

        return i;
    }

    /// <summary>The longest role phrase starting at token <paramref name="i"/>; null when none.</summary>
    private Trigger? RoleAt(SentenceView view, int i)
    {
        if (i < view.First || i >= view.End || roles.Candidates(view.Word(i)) is not { } list)
        {
            return null;
        }

        foreach (var (words, trigger) in list)
        {
            if (view.WordsMatch(i, words))
            {
                return trigger;
            }
        }

        return null;
    }

    private static bool IsModifier(SentenceView view, int i) =>
        i >= view.First && i < view.End && view.MentionIndexAt(i) < 0 && view.Token(i).Kind == TokenKind.Word
        && char.IsLower(view.Word(i)[0]) && !GrammarWords.Articles.StartsAt(view, i) && !GrammarWords.Prepositions.StartsAt(view, i)
        && !GrammarWords.ClauseStops.StartsAt(view, i) && !GrammarWords.BeForms.StartsAt(view, i) && !GrammarWords.Conjunctions.StartsAt(view, i);

    private static bool IsAdverb(SentenceView view, int i) =>
        i < view.End && VerbShapes.IsLowerWord(view, i) && view.MentionIndexAt(i) < 0 && view.Word(i).Length > 4
        && view.Word(i).EndsWith("ly", StringComparison.Ordinal);

    /// <summary>"partner" → "partners", "ally" → "allies".</summary>
    private static string[] Plural(string[] words)
    {
        string last = words[^1];
        bool consonantY = last.Length > 1 && last[^1] == 'y' && !"aeiou".Contains(last[^2]);
        return [.. words[..^1], consonantY ? last[..^1] + "ies" : last + "s"];
    }
}
