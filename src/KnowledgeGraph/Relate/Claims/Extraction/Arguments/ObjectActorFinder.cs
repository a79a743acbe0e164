using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Actor nouns around an object mention ("officials with the CRBC", "Afghan and Pakistani officials") and the names
/// they stand for.
/// </summary>
internal sealed class ObjectActorFinder
{
    /// <summary>Most lower-case modifiers between a demonym and the actor noun its phrase ends in.</summary>
    private const int MaxModifiers = 2;

    private readonly ClaimCues cues;
    private readonly TitleIndex titles;

    public ObjectActorFinder(ClaimCues cues, TitleIndex titles)
    {
        this.cues = cues;
        this.titles = titles;
    }

    /// <summary>
    /// "met Pakistan's officials", "met the Taliban's foreign minister": after a possessor, fillers and an actor noun or
    /// an office with no person named, the possessor is the party met.
    /// </summary>
    internal bool ActorPhrase(SentenceView view, int after)
    {
        for (int j = after; j < view.End && j < after + 3; j++)
        {
            if (cues.Actors.StartsAt(view, j) || SubjectFinder.OfficeWord(view, j, titles))
            {
                return view.MentionIndexAt(j + 1) < 0;
            }

            if (!cues.Fillers.StartsAt(view, j) && !cues.TitleModifiers.StartsAt(view, j))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The token after mention <paramref name="m"/> and, for a demonym or a name glued to "-led", the actor nouns after it:
    /// "clashes between Pakistani forces and the Taliban", "a truce between the Houthis and the Saudi-led coalition"
    /// coordinate the country the actors stand for.
    /// </summary>
    internal int ActorsAfter(SentenceView view, int m)
    {
        int after = view.AfterMention(m);
        int j = after;
        if (SubjectFinder.LedBy(view, after + 1) == m)
        {
            j = ActorAfterFillers(view, after + 2);
            if (j < 0)
            {
                return after;
            }
        }
        else if (view.Mention(m).Kind != MentionKind.Demonym)
        {
            return after;
        }

        while (j < view.End && view.MentionIndexAt(j) < 0 && cues.Actors.LongestAt(view, j) is > 0 and var words)
        {
            j += words;
        }

        return j;
    }

    /// <summary>
    /// The token after mention <paramref name="m"/> and the actor nouns after it, for a name as for a demonym: "support
    /// the Assad regime and Hizballah", "the Taliban government and the TTP" coordinate past the noun.
    /// </summary>
    internal int NamedActorsAfter(SentenceView view, int m)
    {
        int j = ActorsAfter(view, m);
        while (j < view.End && view.MentionIndexAt(j) < 0 && cues.Actors.LongestAt(view, j) is > 0 and var words)
        {
            j += words;
        }

        return j;
    }

    /// <summary>
    /// "talks with Chinese defence officials", "negotiates with Chinese independent power producers": the token of the actor
    /// noun that heads the noun phrase at <paramref name="i"/>, right there or after at most two lower-case modifiers (a
    /// filler, an actor or office word, or any other word that is no grammar word, bridge, speech verb or past form);
    /// -1 when the phrase names no actors.
    /// </summary>
    internal int ActorAfterModifiers(SentenceView view, int i)
    {
        for (int k = i; k <= i + MaxModifiers && k < view.End && view.MentionIndexAt(k) < 0; k++)
        {
            if (cues.Actors.StartsAt(view, k))
            {
                return k;
            }

            if (!Modifier(view, k))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A lower-case word that may qualify an actor noun after it (see <see cref="ActorAfterModifiers"/>).</summary>
    private bool Modifier(SentenceView view, int k)
    {
        if (cues.Fillers.StartsAt(view, k) && !GrammarWords.Articles.StartsAt(view, k) && !GrammarWords.Prepositions.StartsAt(view, k)
            || SubjectFinder.OfficeWord(view, k, titles))
        {
            return true;
        }

        return VerbShapes.IsLowerWord(view, k) && !VerbShapes.EndsInLy(view, k)
            && !GrammarWords.Prepositions.StartsAt(view, k) && !GrammarWords.ClauseStops.StartsAt(view, k)
            && !GrammarWords.Conjunctions.StartsAt(view, k) && !GrammarWords.Articles.StartsAt(view, k)
            && !GrammarWords.BeForms.StartsAt(view, k) && !GrammarWords.Modals.StartsAt(view, k)
            && !cues.Bridges.StartsAt(view, k) && !cues.SpeechVerbs.StartsAt(view, k) && !VerbShapes.IsPast(view, k)
            && !VerbShapes.IsTaggedPast(view, k);
    }

    /// <summary>The token of an actor noun at <paramref name="i"/> or after at most two fillers ("-led military coalition"); -1 when none.</summary>
    internal int ActorAfterFillers(SentenceView view, int i)
    {
        for (int n = 0; n < 2 && i < view.End && view.MentionIndexAt(i) < 0 && !cues.Actors.StartsAt(view, i) && cues.Fillers.StartsAt(view, i); n++)
        {
            i++;
        }

        return i < view.End && view.MentionIndexAt(i) < 0 && cues.Actors.StartsAt(view, i) ? i : -1;
    }

    /// <summary>
    /// "clashes between Afghan and Pakistani forces": demonyms coordinated right before an actor noun each stand for
    /// their country; so does one coordinated with a group's or body's name that qualifies the noun ("talks between
    /// Pakistani and Taliban delegations").
    /// </summary>
    internal bool DemonymsBeforeActor(SentenceView view, int m)
    {
        int j = view.AfterMention(m);
        bool coordinated = false;
        while (j < view.End)
        {
            if (view.Is(j, ","))
            {
                j++;
            }

            if (GrammarWords.Conjunctions.StartsAt(view, j))
            {
                j++;
            }

            int next = view.MentionIndexAt(j);
            if (next < 0 || view.MentionFirst(next) != j || view.Mention(next).Kind != MentionKind.Demonym && !QualifyingName(view, next))
            {
                break;
            }

            coordinated = true;
            j = view.AfterMention(next);
        }

        return coordinated && (ActorAfterModifiers(view, j) >= 0 || OfficeHolders(view, j));
    }

    /// <summary>A group's or organisation's own name, not possessive, that may qualify a noun ("Taliban delegations").</summary>
    internal static bool QualifyingName(SentenceView view, int m) =>
        view.Mention(m).Kind is MentionKind.Name or MentionKind.Acronym && !view.IsPossessive(m)
        && view.Mention(m).Entity.Type is EntityType.Group or EntityType.Organisation;

    /// <summary>
    /// "the Pakistani and Afghan foreign ministers": a title's last word in the plural at <paramref name="i"/> or after
    /// one lower-case word; its holders act for the states of the demonyms before it.
    /// </summary>
    private bool OfficeHolders(SentenceView view, int i)
    {
        for (int k = i; k <= i + 1 && k < view.End && VerbShapes.IsLowerWord(view, k) && view.MentionIndexAt(k) < 0; k++)
        {
            ReadOnlySpan<char> word = view.Word(k);
            if (word.Length > 3 && word[^1] == 's' && titles.IsTitleWord(word[..^1]))
            {
                return true;
            }
        }

        return false;
    }
}
