using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Dependency;

/// <summary>
/// Decides, from tokens and tags only, whether a sentence <see cref="ParseGate"/> passes over is parsed for a verb in a
/// relative clause or reduced relative right after a name, which the token rules left unread. The tree's reading
/// (<see cref="RelativeAttachment"/>) needs both arguments written as names, so the gate asks for them first: a written
/// name right before the clause, past a comma at most, and a written name the verb takes within a few words after it.
/// On the seeds this parses no sentence more than <see cref="ParseGate"/> does (it tags three a copy more), where asking
/// only for a name before the clause parsed twenty-two a copy. One instance per document.
/// </summary>
internal sealed class RelativeVerbGate
{
    private const int MaxRelativeReach = 6;
    private const int MaxObjectReach = 4;
    private SentenceView view = null!;
    private SyntaxLayer syntax = null!;

    /// <summary>
    /// True when a verbal trigger the token rules did not read (<paramref name="handled"/>[i - view.First] false) opens a
    /// relative clause right after a written name ("Uzbekistan and Turkmenistan, which already host Taliban-appointed
    /// envoys", "Manas International Airport that was built by China Road and Bridge Corporation"), or is a past
    /// participle with "by" right after one ("Gwadar port, run by …"), and a written name follows as its object or agent.
    /// </summary>
    public bool ShouldParse(Paragraph paragraph, SentenceView sentence, ReadOnlySpan<bool> handled)
    {
        if (paragraph.Syntax is null)
        {
            return false;
        }

        view = sentence;
        syntax = paragraph.Syntax;
        for (int i = view.First; i < view.End; i++)
        {
            // Words first: the tags are looked at only where both names stand, since asking for them tags the sentence.
            if (!handled[i - view.First] && view.MentionIndexAt(i) < 0 && view.TriggersAt(i) is { } list && VerbTrigger(list) is { } trigger
                && ((view.Is(i + 1, "by") && NameBefore(i) >= 0) || NamedOpener(RelativeWord(i))) && NameAhead(i)
                && syntax.Upos(i) == Upos.Verb && HasAntecedent(i) && HasNamedObject(i, trigger))
            {
                return true;
            }
        }

        return false;
    }

    private static Trigger? VerbTrigger(List<(string[] Words, Trigger Value)> list)
    {
        foreach (var (_, trigger) in list)
        {
            if (trigger.Kind == TriggerKind.Verb)
            {
                return trigger;
            }
        }

        return null;
    }

    /// <summary>A passive participle right after a name, or a relative pronoun after a name opening the verb's clause.</summary>
    private bool HasAntecedent(int verb) =>
        (syntax.Xpos(verb) == "VBN" && view.Is(verb + 1, "by") && NameBefore(verb) >= 0) || NamedOpener(RelativePronoun(verb));

    /// <summary>The relative pronoun at most six words before the verb with no punctuation between, or -1.</summary>
    private int RelativeWord(int verb)
    {
        for (int k = verb - 1; k >= Math.Max(view.First, verb - MaxRelativeReach); k--)
        {
            if (view.Is(k, "which") || view.Is(k, "who") || view.Is(k, "that"))
            {
                return k;
            }

            if (view.IsPunctuation(k))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The relative pronoun opening the verb's clause, with only auxiliaries, adverbs, particles and a verb before "to"
    /// between ("which has refused to recognise"); or -1.
    /// </summary>
    private int RelativePronoun(int verb)
    {
        int opener = RelativeWord(verb);
        for (int k = verb - 1; k > opener; k--)
        {
            if (!(syntax.Upos(k) is Upos.Aux or Upos.Adv or Upos.Part || (syntax.Upos(k) == Upos.Verb && view.Is(k + 1, "to"))))
            {
                return -1;
            }
        }

        return opener;
    }

    /// <summary>True when a written name, not a possessor, starts within four words after the verb with no punctuation between.</summary>
    private bool NameAhead(int verb)
    {
        for (int k = verb + 1; k < Math.Min(view.End, verb + 1 + MaxObjectReach) && !view.IsPunctuation(k); k++)
        {
            if (view.MentionIndexAt(k) is >= 0 and var m)
            {
                return Written(m) && !view.IsPossessive(m);
            }
        }

        return false;
    }

    /// <summary>True when a written name stands right before <paramref name="opener"/>; "who" only after a person.</summary>
    private bool NamedOpener(int opener)
    {
        int m = opener < 0 ? -1 : NameBefore(opener);
        return m >= 0 && !(view.Is(opener, "who") && view.Mention(m).Entity.Type != EntityType.Person);
    }

    /// <summary>The written name ending right before <paramref name="token"/>, or before a comma right before it; or -1.</summary>
    private int NameBefore(int token)
    {
        int before = view.Is(token - 1, ",") ? token - 2 : token - 1;
        return before >= view.First && view.MentionIndexAt(before) is >= 0 and var m && Written(m) ? m : -1;
    }

    /// <summary>
    /// True when a written name, not a possessor, starts within four words after the verb, past determiners, adjectives,
    /// adverbs and numbers, and past a preposition the predicate allows (or "by" after a participle) or none if it takes
    /// a direct object ("has attacked Taliban officials", "was built by China Road and Bridge Corporation").
    /// </summary>
    private bool HasNamedObject(int verb, Trigger trigger)
    {
        bool direct = trigger.Predicate.Direct || trigger.TakesDirectObject;
        bool prep = false;
        for (int k = verb + 1; k < Math.Min(view.End, verb + 1 + MaxObjectReach); k++)
        {
            if (view.MentionIndexAt(k) is >= 0 and var m)
            {
                return (direct || prep) && Written(m) && !view.IsPossessive(m);
            }

            if (!prep && syntax.Upos(k) == Upos.Adp && (Allows(trigger, k) || (view.Is(k, "by") && syntax.Xpos(verb) == "VBN")))
            {
                prep = true;
            }
            else if (syntax.Upos(k) is not (Upos.Det or Upos.Adj or Upos.Adv or Upos.Num))
            {
                return false;
            }
        }

        return false;
    }

    private bool Allows(Trigger trigger, int k)
    {
        foreach (string prep in trigger.Predicate.Preps)
        {
            if (view.Is(k, prep))
            {
                return true;
            }
        }

        return false;
    }

    private bool Written(int m) => view.Mention(m).Kind != MentionKind.Partial;
}
