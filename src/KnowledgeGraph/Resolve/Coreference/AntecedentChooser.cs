using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// Scores the candidate antecedents of one reference and turns the winner into a <see cref="Reference"/> with a
/// calibrated confidence. A candidate scores by how well its entity fits the rule (the first type listed is preferred),
/// by recency (same sentence, the one before, further back) and as a subject. The reference is sure
/// (<see cref="Reference.Sure"/>) only when the winner is in this sentence or the one before and no other entity that
/// fits is there or comes close anywhere in the window; otherwise its confidence falls with the margin over the
/// runner-up. Below <see cref="Minimum"/> nothing is resolved.
/// </summary>
internal static class AntecedentChooser
{
    /// <summary>References below this confidence are not kept.</summary>
    public const float Minimum = 0.55f;

    /// <summary>Confidence of a reference whose antecedent clearly wins.</summary>
    public const float Clear = 0.92f;

    /// <summary>The runner-up's share of the winner's score under which the winner clearly wins.</summary>
    public const float ClearMargin = 0.5f;

    /// <summary>Sentences back (within the paragraph window) an antecedent may be.</summary>
    public const int MaxDistance = 4;

    /// <summary>How much more the name counts that says what a subject pronoun's clause reports ("Beijing said it …").</summary>
    private const float ReporterBonus = 2f;

    /// <summary>How much more the nearest candidate counts for a rule that prefers it (<see cref="CoreferenceRule.RecentFirst"/>).</summary>
    private const float RecentBonus = 1.5f;

    /// <summary>Each later type of a rule's `refers_to` weighs this much less than the one before it.</summary>
    public const float FitDecay = 0.9f;

    public static Reference? Choose(
        CoreferenceRule rule, string[] words, List<AntecedentCandidate> candidates, PersonTitles titles,
        int sentence, bool objectPronoun, bool subject, (int Start, int End, int TokenStart, int TokenEnd, int Sentence) at,
        (Entity Country, string Demonym)? serving = null, bool locatedAfter = false, int clauseStart = -1, bool controlled = false,
        int reporter = -1, bool objectDescription = false, IReadOnlyDictionary<string, int>? named = null,
        bool argument = false, Entity? excluded = null, int paragraph = -1, bool opensSentence = false, RuledStates? states = null)
    {
        // "Kazakhstan removed the Taliban from its list …, and trade between the two countries": a regime stands for the
        // state it rules under a description of states.
        if (rule.States && states is not null)
        {
            candidates = states.Map(rule, candidates);
        }

        if (rule.Nearest)
        {
            return Latter(rule, candidates, sentence, at);
        }

        if (rule.Count > 2)
        {
            return GroupChooser.Choose(rule, candidates, sentence, at);
        }

        // Best candidate per entity.
        List<(AntecedentCandidate Candidate, float Score)>? best = null;
        // For a pronoun of two: the nearest pair joined by "and" in this sentence or the one before, whatever either name
        // scores alone elsewhere ("Russia and India … Both are SCO members" after a paragraph naming both often).
        AntecedentCandidate? pair = null;
        // The entity of the candidates of this sentence that fit the rule seen so far (read backwards: nearer the
        // reference), and whether they were more than one entity.
        Entity? nearer = null;
        bool nearerMixed = false;
        // For a description of two that is no subject, the subject of its own clause that fits: never one of the two
        // ("China has tried to stay out of the quarrel, urging both neighbours").
        Entity? clauseSubject = null;
        Entity? recent = rule.RecentFirst ? RecentFirst.Find(rule, candidates, sentence, excluded) : null;
        for (int i = candidates.Count - 1; i >= 0; i--)
        {
            AntecedentCandidate c = candidates[i];
            if (sentence - c.Sentence > MaxDistance)
            {
                // Candidates are in reading order: everything before this one is further back still.
                break;
            }

            // "its two neighbours": the possessor is none of the two; nor is a route or a mediator ("via Pakistan, since the
            // two countries' border").
            if (SameEntity.Is(c.Entity, excluded) || rule.Count == 2 && rule.Kind == ReferenceKind.Description && c.ThirdParty)
            {
                continue;
            }

            // "asked China to conduct its own investigation": the name an infinitive's verb of asking controls (where its
            // clause starts) is its subject.
            if (controlled && c.Sentence == sentence && c.Mention.Start == clauseStart)
            {
                c = c with { Subject = true };
            }

            // A possessive's own clause subject counts as such only when no other name that fits stands between them
            // ("recognized Macedonia by its constitutional name" is Macedonia's); a reference already resolved to the
            // subject is no other name ("Uruguay declared its independence … and secured its freedom").
            bool sameClause = c.Mention.Start >= clauseStart && (rule.Kind != ReferenceKind.Possessive || nearer is null || (!nearerMixed && SameEntity.Is(nearer, c.Entity)));
            if (c.Sentence == sentence && rule.Fit(c.Entity) >= 0)
            {
                nearerMixed |= nearer is not null && !SameEntity.Is(nearer, c.Entity);
                nearer ??= c.Entity;
            }

            if (rule.Count == 2 && rule.Kind != ReferenceKind.Description && pair is null && c.Partner is not null && sentence - c.Sentence <= 1
                && rule.Fit(c.Entity) >= 0 && rule.Fit(c.Partner.Entity) >= 0)
            {
                pair = c;
            }

            if (rule.Count == 2 && argument && c.Sentence == sentence && c.Subject && c.Mention.Start >= clauseStart && c.Mention.Start < at.Start
                && rule.Fit(c.Entity) >= 0)
            {
                clauseSubject = c.Entity;
            }

            if (objectDescription && c.Sentence == sentence && TitleOfActor(candidates, i, at.TokenStart))
            {
                continue;
            }

            // "the port in Gwadar": a description placed in a named place is no place named before.
            float score = locatedAfter && c.Entity.Type is EntityType.Place or EntityType.Country ? 0f
                : CandidateScorer.Score(rule, words, c, titles, sentence, objectPronoun, sameClause, subject, serving, paragraph, opensSentence);
            if (score <= 0f)
            {
                continue;
            }

            if (recent is not null && SameEntity.Is(c.Entity, recent))
            {
                score *= RecentBonus;
            }

            // "Beijing said it would invest": the name that says what the pronoun's clause reports is its subject.
            if (c.Sentence == sentence && c.Mention.Start == reporter)
            {
                score *= ReporterBonus;
            }

            best ??= new List<(AntecedentCandidate Candidate, float Score)>(4);
            int known = -1;
            for (int k = 0; k < best.Count; k++)
            {
                if (SameEntity.Is(best[k].Candidate.Entity, c.Entity))
                {
                    known = k;
                    break;
                }
            }

            if (known < 0)
            {
                best.Add((c, score));
            }
            else if (score > best[known].Score)
            {
                best[known] = (c, score);
            }
        }

        if (best is null || best.Count < rule.Count)
        {
            return null;
        }

        best.Sort((a, b) => b.Score.CompareTo(a.Score));
        if (rule.Count == 2 && pair is { } joined)
        {
            return Conjoined(rule, joined, Clear, at);
        }

        if (rule.Count == 2 && rule.Kind == ReferenceKind.Description && clauseSubject is not null)
        {
            best.RemoveAll(b => SameEntity.Is(b.Candidate.Entity, clauseSubject));
            if (best.Count < 2)
            {
                return null;
            }
        }

        // The article's pair is read only where the paragraph names no two that fit in one sentence before the reference.
        IReadOnlyDictionary<string, int>? article = named is not null && !PairChooser.NamedTogether(rule, candidates, sentence - at.Sentence, sentence) ? named : null;
        return rule.Count == 2 ? PairChooser.Pair(rule, best, candidates, sentence, at, article) : Single(rule, words, best, sentence, at);
    }

    /// <summary>
    /// "thanks to the latter's deep relationship with the United States": the nearest candidate that fits in this sentence
    /// or the one before, when another entity that fits comes before it there; sure in its own sentence.
    /// </summary>
    private static Reference? Latter(CoreferenceRule rule, List<AntecedentCandidate> candidates, int sentence, (int Start, int End, int TokenStart, int TokenEnd, int Sentence) at)
    {
        AntecedentCandidate? latter = null;
        for (int i = candidates.Count - 1; i >= 0 && sentence - candidates[i].Sentence <= 1; i--)
        {
            AntecedentCandidate c = candidates[i];
            if (rule.Fit(c.Entity) < 0)
            {
                continue;
            }

            if (latter is null)
            {
                latter = c;
            }
            else if (!SameEntity.Is(c.Entity, latter.Value.Entity))
            {
                return Make(rule, latter.Value, [], latter.Value.Sentence == sentence ? Clear : 0.8f, at);
            }
        }

        return null;
    }

    /// <summary>"China and Russia … their": the winner is the pair; the reference names the first and keeps the second.</summary>
    internal static Reference Conjoined(CoreferenceRule rule, AntecedentCandidate second, float confidence, (int Start, int End, int TokenStart, int TokenEnd, int Sentence) at)
    {
        var first = new AntecedentCandidate(second.Partner!, second.PartnerParagraph, second.Sentence, second.BodyParagraph, second.Subject, false);
        return Make(rule, first, [second], confidence, at);
    }

    private static Reference? Single(CoreferenceRule rule, string[] words, List<(AntecedentCandidate Candidate, float Score)> best, int sentence, (int Start, int End, int TokenStart, int TokenEnd, int Sentence) at)
    {
        (AntecedentCandidate winner, float s1) = best[0];
        float s2 = best.Count > 1 ? best[1].Score : 0f;
        // Further back, the only entity that fits is often not what a pronoun means (an unnamed programme, "the
        // older generation"): a far antecedent stays under 0.7 however clear its lead, unless the article named it with
        // the description's own noun ("the Syrian regime … the regime").
        bool near = sentence - winner.Sentence <= 1 || CandidateScorer.Named(rule, words, winner);
        float margin = (s1 - s2) / s1;
        float confidence = near && s2 < ClearMargin * s1 ? Clear
            : near ? 0.45f + 0.4f * margin
            : 0.35f + 0.3f * margin;
        // A reference through another ("It … it …") is no surer than that one.
        confidence = MathF.Min(confidence, winner.Confidence);
        if (confidence < Minimum)
        {
            return null;
        }

        return rule.Plural && winner.Partner is not null ? Conjoined(rule, winner, confidence, at) : Make(rule, winner, [], confidence, at);
    }

    /// <summary>
    /// A reference at <paramref name="at"/> to <paramref name="winner"/> (and <paramref name="others"/>, for a description of
    /// several); to <paramref name="entity"/> instead of the winner's entity when given (a state's force read through the state).
    /// </summary>
    internal static Reference Make(
        CoreferenceRule rule, AntecedentCandidate winner, AntecedentCandidate[] others, float confidence,
        (int Start, int End, int TokenStart, int TokenEnd, int Sentence) at, Entity? entity = null) => new()
    {
        Start = at.Start,
        End = at.End,
        TokenStart = at.TokenStart,
        TokenEnd = at.TokenEnd,
        Sentence = at.Sentence,
        Kind = rule.Kind,
        Entity = entity ?? winner.Entity,
        Antecedent = winner.Mention,
        AntecedentParagraph = winner.Paragraph,
        OtherAntecedents = others.Select(o => o.Mention).ToList(),
        OtherParagraphs = others.Select(o => o.Paragraph).ToList(),
        Confidence = MathF.Round(confidence, 2),
    };

    /// <summary>
    /// "Chinese ambassador Zhao Wenbin … urged the government": a demonym a few words before a person (in the title), who
    /// is no preposition's object and stands before the reference, names the state that person serves; that state is not
    /// the description the person acts on.
    /// </summary>
    private static bool TitleOfActor(List<AntecedentCandidate> candidates, int i, int reference)
    {
        const int MaxTitleWords = 3;
        AntecedentCandidate c = candidates[i];
        if (c.Mention.Kind != MentionKind.Demonym || i + 1 >= candidates.Count)
        {
            return false;
        }

        AntecedentCandidate person = candidates[i + 1];
        return person.Sentence == c.Sentence && !person.AfterPreposition && person.Entity.Type == EntityType.Person
            && person.Mention.TokenStart > c.Mention.TokenEnd && person.Mention.TokenStart - c.Mention.TokenEnd <= MaxTitleWords
            && person.Mention.TokenEnd <= reference;
    }
}
