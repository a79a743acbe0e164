using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// A government named after the person who heads it ("the Trump administration", "the Mnangagwa government"): the
/// person LEADS the state of their curated head role (President, Prime Minister: a LEADS title of the lexicon). The
/// nouns are the <c>government_nouns</c> cue list; a person whose head roles are of more than one body gives nothing.
/// </summary>
internal sealed class AdministrationReader
{
    private readonly PredicateLexicon lexicon;
    private readonly Func<string, Entity?> entities;

    public AdministrationReader(PredicateLexicon lexicon, Func<string, Entity?> entities)
    {
        this.lexicon = lexicon;
        this.entities = entities;
    }

    /// <summary>Appends (person mention, LEADS trigger on the noun, noun token, state) for each government the view names after its head.</summary>
    public void Read(SentenceView view, List<(int Person, Trigger Title, int Start, Entity Body)> output)
    {
        if (lexicon.Find("LEADS") is not { } leads)
        {
            return;
        }

        for (int m = 0; m < view.MentionCount; m++)
        {
            Mention person = view.Mention(m);
            int noun = view.MentionLast(m) + 1;
            if (person.Entity.Type != EntityType.Person || person.Entity.Roles.Count == 0 || view.IsPossessive(m) || noun >= view.End
                || view.MentionIndexAt(noun) >= 0 || lexicon.Cues.GovernmentNouns.LongestAt(view, noun) is not (> 0 and var length))
            {
                continue;
            }

            if (HeadedBody(person.Entity) is { } body && leads.AllowsObject(body))
            {
                string[] words = new string[length];
                for (int k = 0; k < length; k++)
                {
                    words[k] = view.Word(noun + k).ToString();
                }

                output.Add((m, new Trigger(words, TriggerKind.Title, leads, null), noun, body));
            }
        }
    }

    /// <summary>The one body all the person's head roles are of, or null.</summary>
    private Entity? HeadedBody(Entity person)
    {
        string? of = null;
        foreach (PersonRole role in person.Roles)
        {
            if (role.Of is null || !DescribedHeadReader.IsHeadTitle(lexicon, role.Title))
            {
                continue;
            }

            if (of is not null && of != role.Of)
            {
                return null;
            }

            of = role.Of;
        }

        return of is null ? null : entities(of);
    }
}
