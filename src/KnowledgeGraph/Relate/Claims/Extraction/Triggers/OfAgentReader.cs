using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// A nominal trigger whose agent stands in an "of" phrase between the noun and its preposition: "the proximity of the
/// Republic government to India", "the visit of US House Speaker Nancy Pelosi to Taiwan". The nouns and prepositions are
/// the two-word nominal triggers of the lexicon ("proximity to", "visit to"); the agent is the name right after "of"
/// (a titled person after the body that qualifies the title, an actor noun after the name), the object a name after the
/// preposition. One instance per reader; not thread-safe.
/// </summary>
internal sealed class OfAgentReader
{
    private const int MaxTitleWords = 3;

    /// <summary>The least confidence of a resolved description this reader takes as an object (a sure reference's).</summary>
    private const float SureReference = 0.9f;
    private readonly ClaimCues cues;
    private readonly ObjectFinder objectFinder;
    private readonly Dictionary<string, List<Trigger>> byNoun = new(StringComparer.OrdinalIgnoreCase);
    private readonly WordTable<List<Trigger>> lookup;
    private readonly List<Argument> objects = [];

    public OfAgentReader(PredicateLexicon lexicon, ObjectFinder objectFinder)
    {
        cues = lexicon.Cues;
        this.objectFinder = objectFinder;
        foreach (PredicateDefinition predicate in lexicon.Predicates)
        {
            foreach (string noun in predicate.Nouns)
            {
                string[] words = PhraseWords.Split(noun);
                if (words.Length != 2 || words[1] is "of" or "between")
                {
                    continue;
                }

                if (!byNoun.TryGetValue(words[0], out List<Trigger>? list))
                {
                    byNoun[words[0]] = list = [];
                }

                list.Add(new Trigger(words, TriggerKind.Noun, predicate, words[1]));
            }
        }

        lookup = new WordTable<List<Trigger>>(byNoun);
    }

    public void Read(SentenceView view, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (!view.MayHave("of"))
        {
            return;
        }

        for (int i = view.First + 1; i + 2 < view.End; i++)
        {
            if (!view.Is(i, "of") || view.MentionIndexAt(i - 1) >= 0 || lookup.Find(view, i - 1) is not { } triggers)
            {
                continue;
            }

            int first = view.MentionIndexAt(i + 1) < 0 && view.Is(i + 1, "the") ? i + 2 : i + 1;
            int agent = view.MentionIndexAt(first);
            if (agent < 0 || view.MentionFirst(agent) != first || view.IsPossessive(agent) || view.Mention(agent).Kind == MentionKind.Demonym)
            {
                continue;
            }

            agent = TitledPerson(view, agent);
            int prep = view.AfterMention(agent);
            if (cues.Actors.StartsAt(view, prep))
            {
                prep++;
            }

            foreach (Trigger trigger in triggers)
            {
                if (!view.Is(prep, trigger.Prep!))
                {
                    continue;
                }

                objectFinder.Find(view, prep + 1, [], direct: true, objects, trigger.Predicate.PossessorObject);
                foreach (Argument target in objects)
                {
                    // A name, or a description the resolver linked surely ("the accession of Iran to the group" after a
                    // paragraph on the SCO); not a weaker guess.
                    if (!char.IsUpper(view.Word(view.MentionFirst(target.Mention))[0]) && view.Mention(target.Mention).Confidence < SureReference)
                    {
                        continue;
                    }

                    output.Add((new ClaimCandidate(agent, target.Mention, target.Weight * 0.85f, i - 1, i - 1, null), trigger, i - 1));
                }

                break;
            }
        }
    }

    /// <summary>"US House Speaker Nancy Pelosi": the person a body and a title word or two qualify; the body otherwise.</summary>
    private static int TitledPerson(SentenceView view, int body)
    {
        int j = view.AfterMention(body);
        for (int n = 0; n < MaxTitleWords && j < view.End && view.MentionIndexAt(j) < 0; n++, j++)
        {
            if (view.Token(j).Kind != TokenKind.Word || !char.IsUpper(view.Word(j)[0]))
            {
                return body;
            }
        }

        int person = view.MentionIndexAt(j);
        return person >= 0 && j > view.AfterMention(body) && view.Mention(person).Entity.Type == EntityType.Person ? person : body;
    }
}
