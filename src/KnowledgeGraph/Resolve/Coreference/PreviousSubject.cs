using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// "He" or "she" opening its sentence continues the subject of the sentence before in its paragraph when that subject
/// is the only person named there: "The regional governor, Nurzhan Abdikarimov, said in a statement that … He urged
/// Akbulak's residents …" is the governor, however strongly a person named a few sentences further back scores. Read
/// only where the chooser leaves the pronoun unsure, and only for a pronoun of persons: "It" opening a sentence is as
/// often expletive ("It is imperative that …", "It remains to be seen whether …"); and not across a paragraph break,
/// where the text may turn to another person. "It" continues it only before a verb and only where the sentence before
/// has one subject that fits (<see cref="FindThing"/>), and so does "Its" opening its sentence.
/// </summary>
internal static class PreviousSubject
{
    /// <summary>
    /// The subject of sentence <paramref name="sentence"/> − 1 (article-wide number) that <paramref name="rule"/>, a
    /// singular pronoun rule of persons only, fits when no other entity of that sentence fits it and the sentence is in
    /// paragraph <paramref name="paragraph"/> (its index), the pronoun's own; null otherwise.
    /// </summary>
    public static AntecedentCandidate? Find(CoreferenceRule rule, List<AntecedentCandidate> candidates, int sentence, int paragraph)
    {
        if (rule.Kind != ReferenceKind.Pronoun || rule.Plural || rule.Count != 1 || !OfPersons(rule))
        {
            return null;
        }

        AntecedentCandidate? subject = null;
        Entity? only = null;
        for (int i = candidates.Count - 1; i >= 0 && candidates[i].Sentence >= sentence - 1; i--)
        {
            AntecedentCandidate c = candidates[i];
            if (c.Sentence != sentence - 1 || rule.Fit(c.Entity) < 0)
            {
                continue;
            }

            if (c.Paragraph != paragraph)
            {
                return null;
            }

            if (only is not null && !SameEntity.Is(only, c.Entity) || c.Coordinated)
            {
                return null;
            }

            only = c.Entity;
            // A bare demonym ("Chinese officials said …") is no antecedent of a pronoun, subject or not.
            subject = c.Subject && !c.AfterPreposition && (c.Chained || c.Mention.Kind != MentionKind.Demonym) ? c : subject;
        }

        return subject;
    }

    /// <summary>
    /// "The BLA … claimed responsibility in an emailed statement. It said it had targeted …": "it" opening its sentence
    /// before a verb (the caller leaves out one a copula follows: "It was his third trip") continues the subject of the
    /// sentence before in its paragraph, that sentence's first name that fits and no preposition binds nor possesses
    /// another, when no other entity that fits is a subject there. Null for a rule of persons, or when that name is no
    /// subject, is one of two joined by "and", or is a bare demonym. "Its" opening its sentence reads the same ("Pakistan,
    /// which accuses the Taliban of …, has watched the rapprochement with alarm. Its foreign ministry said …"), and the
    /// agent of a passive verb counts as a subject ("The rally was organised by Atajurt, … Its founder").
    /// </summary>
    public static AntecedentCandidate? FindThing(CoreferenceRule rule, List<AntecedentCandidate> candidates, int sentence, int paragraph)
    {
        if (rule.Kind is not (ReferenceKind.Pronoun or ReferenceKind.Possessive) || rule.Plural || rule.Count != 1 || rule.RefersTo.Count == 0
            || OfAnyPerson(rule))
        {
            return null;
        }

        int i = candidates.Count;
        while (i > 0 && candidates[i - 1].Sentence >= sentence - 1)
        {
            i--;
        }

        AntecedentCandidate? subject = null;
        for (; i < candidates.Count && candidates[i].Sentence == sentence - 1; i++)
        {
            AntecedentCandidate c = candidates[i];
            if (rule.Fit(c.Entity) < 0)
            {
                continue;
            }

            if (c.Paragraph != paragraph)
            {
                return null;
            }

            if (subject is { } seen)
            {
                // "China said Pakistan has …": a second subject that fits leaves the pronoun open.
                if (c.Subject && !c.AfterPreposition && !SameEntity.Is(seen.Entity, c.Entity))
                {
                    return null;
                }

                continue;
            }

            if (c.AfterPreposition && !c.Agent || c.Modifier)
            {
                continue;
            }

            if (!c.Subject && !c.Agent || c.Coordinated || !c.Chained && c.Mention.Kind == MentionKind.Demonym)
            {
                return null;
            }

            subject = c;
        }

        return subject;
    }

    /// <summary>
    /// "Jaishankar did not meet Dar, and in his speech he accused Pakistan", "China has kept its embassy in Kabul open …
    /// but it has not formally recognised the Taliban government": a singular pronoun in a clause joined by ", and" or
    /// ", but" continues its own sentence's subject, the sentence's first name before <paramref name="at"/> (a character
    /// offset) that <paramref name="rule"/> fits, when it is a subject no preposition binds, not one of two joined names
    /// and no bare demonym; null otherwise.
    /// </summary>
    public static AntecedentCandidate? FindConjoined(CoreferenceRule rule, List<AntecedentCandidate> candidates, int sentence, int at)
    {
        if (rule.Kind != ReferenceKind.Pronoun || rule.Plural || rule.Count != 1 || rule.RefersTo.Count == 0)
        {
            return null;
        }

        AntecedentCandidate? first = null;
        for (int i = candidates.Count - 1; i >= 0 && candidates[i].Sentence >= sentence; i--)
        {
            AntecedentCandidate c = candidates[i];
            if (c.Sentence == sentence && !c.Chained && c.Mention.Start < at && rule.Fit(c.Entity) >= 0)
            {
                first = c;
            }
        }

        return first is { Subject: true, AfterPreposition: false, Coordinated: false } c1 && c1.Mention.Kind != MentionKind.Demonym ? c1 : null;
    }

    /// <summary>True when some type <paramref name="rule"/> refers to is a person.</summary>
    private static bool OfAnyPerson(CoreferenceRule rule)
    {
        foreach (EntityConstraint constraint in rule.RefersTo)
        {
            if (constraint.Type == EntityType.Person)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every type <paramref name="rule"/> refers to is a person ("he", "she").</summary>
    private static bool OfPersons(CoreferenceRule rule)
    {
        foreach (EntityConstraint constraint in rule.RefersTo)
        {
            if (constraint.Type != EntityType.Person)
            {
                return false;
            }
        }

        return rule.RefersTo.Count > 0;
    }
}
