using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction;

/// <summary>
/// A state's own body whose name writes the state ("the French army", "the US Department of Justice", "China's Foreign
/// Ministry", "the Chinese embassy in Kabul", "the state-owned China Central Television") → the body PART_OF the state.
/// The body is a curated government body (gazetteer subtype) or an organisation a <c>state_owned</c> cue introduces, the
/// state one the article names, written in the body's words by its name, an alias, an
/// acronym or a demonym; a state after "in" or "to" is a host, not the owner ("the Embassy of Pakistan in Kabul"). A body
/// name that only modifies a noun after it ("Chinese military analysts", "a Chinese military base") states nothing.
/// </summary>
internal sealed class StateNamedBodyReader
{
    private const string Subtype = "government_body";
    private readonly PredicateLexicon lexicon;
    private readonly PredicateDefinition? partOf;
    private readonly IReadOnlyList<Entity> states;

    /// <summary><paramref name="states"/>: the countries the article names, the only ones a body's words are searched for.</summary>
    public StateNamedBodyReader(PredicateLexicon lexicon, IReadOnlyList<Entity> states)
    {
        this.lexicon = lexicon;
        partOf = lexicon.Find("PART_OF");
        this.states = states;
    }

    /// <summary>Appends (body mention, PART_OF, state) for each government body of the view whose name writes its state.</summary>
    public void Read(SentenceView view, List<(int Mention, PredicateDefinition Predicate, Entity Linked)> output)
    {
        if (partOf is null || states.Count == 0)
        {
            return;
        }

        for (int m = 0; m < view.MentionCount; m++)
        {
            Mention mention = view.Mention(m);
            // "the state-owned China Central Television network": the cue owns the whole phrase, whatever noun ends it.
            bool stateOwned = lexicon.Cues.StateOwnedBefore(view, view.MentionFirst(m));
            if (mention.Entity.Type != EntityType.Organisation || view.MentionLast(m) == view.MentionFirst(m)
                || !(stateOwned || mention.Entity.Subtype == Subtype) || mention.Kind is MentionKind.Partial or MentionKind.Demonym
                || (!stateOwned && ModifiesNoun(view, m)))
            {
                continue;
            }

            if (Owner(view.Text.AsSpan(mention.Start, mention.End - mention.Start)) is { } state && partOf.AllowsObject(state))
            {
                output.Add((m, partOf, state));
            }
        }
    }

    /// <summary>The state written first in <paramref name="words"/>, unless "in" or "to" introduces it; else null.</summary>
    private Entity? Owner(ReadOnlySpan<char> words)
    {
        Entity? owner = null;
        int first = int.MaxValue;
        foreach (Entity state in states)
        {
            int at = FirstWritten(words, state);
            if (at >= 0 && at < first)
            {
                first = at;
                owner = state;
            }
        }

        if (owner is null)
        {
            return null;
        }

        ReadOnlySpan<char> before = words[..first].TrimEnd();
        return before.EndsWith(" in", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" to", StringComparison.OrdinalIgnoreCase) ? null : owner;
    }

    private static int FirstWritten(ReadOnlySpan<char> words, Entity state)
    {
        int first = Find(words, state.Name, StringComparison.OrdinalIgnoreCase);
        foreach (Alias alias in state.Aliases)
        {
            first = Earlier(first, Find(words, alias.Text, alias.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase));
        }

        foreach (string acronym in state.Acronyms)
        {
            first = Earlier(first, Find(words, acronym, StringComparison.Ordinal));
        }

        foreach (string demonym in state.Demonyms)
        {
            first = Earlier(first, Find(words, demonym, StringComparison.OrdinalIgnoreCase));
        }

        return first;
    }

    private static int Earlier(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);

    /// <summary>Where <paramref name="name"/> stands in <paramref name="words"/> as whole words, or -1.</summary>
    private static int Find(ReadOnlySpan<char> words, string name, StringComparison comparison)
    {
        int at = name.Length == 0 ? -1 : words.IndexOf(name, comparison);
        return at >= 0 && (at == 0 || !char.IsLetter(words[at - 1]))
            && (at + name.Length == words.Length || !char.IsLetter(words[at + name.Length])) ? at : -1;
    }

    /// <summary>
    /// True when a common noun or a role title follows the body's name: the name is that noun's modifier ("Chinese
    /// military base", "US House Speaker Nancy Pelosi": the sentence speaks of the base, of the person's office).
    /// Without tags any lower-case word after the name counts as a noun.
    /// </summary>
    private bool ModifiesNoun(SentenceView view, int m)
    {
        int next = view.MentionLast(m) + 1;
        if (next >= view.End || view.MentionIndexAt(next) >= 0 || view.Token(next).Kind != TokenKind.Word)
        {
            return false;
        }

        if (IsTitle(view, next))
        {
            return true;
        }

        return view.Token(next).Is(TokenShape.AllLower) && (view.Syntax is not { } syntax || syntax.Upos(next) is Upos.Noun or Upos.Adj);
    }

    private bool IsTitle(SentenceView view, int i)
    {
        if (lexicon.Triggers.Candidates(view.Word(i)) is not { } list)
        {
            return false;
        }

        foreach (var (words, trigger) in list)
        {
            if (trigger.Kind == TriggerKind.Title && view.WordsMatch(i, words))
            {
                return true;
            }
        }

        return false;
    }
}
