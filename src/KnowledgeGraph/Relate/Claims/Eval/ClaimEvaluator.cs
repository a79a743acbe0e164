using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Eval;

/// <summary>
/// Scores extracted claims against the annotation. A found claim matches an expected one when predicate, negation,
/// subject and object agree (entities by id or name, ignoring case; symmetric predicates in either order). Hedging is
/// not part of the match; its agreement on matched claims is reported apart. The extraction function decides what each
/// sentence is read with: alone (gold mentions) or inside its article (<see cref="ArticleClaimReader"/>).
/// </summary>
internal static class ClaimEvaluator
{
    /// <summary>Evaluates <paramref name="extract"/> (one annotated sentence in, its claims out) over every sentence of the set.</summary>
    public static ClaimEvalReport Evaluate(ClaimEvalSet set, PredicateLexicon lexicon, string mode, Func<ClaimEvalSentence, IReadOnlyList<Claim>> extract)
    {
        var overall = new PredicateScore("all");
        var byPredicate = new SortedDictionary<string, PredicateScore>(StringComparer.Ordinal);
        var errors = new List<SentenceOutcome>();
        IReadOnlyDictionary<string, HashSet<string>> names = NewEntityNames(set);
        int hedges = 0;
        int low = 0;
        foreach (ClaimEvalSentence sentence in set.Sentences)
        {
            IReadOnlyList<Claim> found = extract(sentence);
            var expected = new List<ExpectedClaim>(sentence.Claims);
            var spurious = new List<string>();
            foreach (Claim claim in found)
            {
                low += claim.IsLowConfidence ? 1 : 0;
                PredicateScore score = Score(byPredicate, claim.Predicate);
                int at = expected.FindIndex(e => Matches(e, claim, lexicon.Find(claim.Predicate)?.Symmetric == true, names));
                if (at < 0)
                {
                    score.FalsePositives++;
                    overall.FalsePositives++;
                    spurious.Add(Describe(claim));
                    continue;
                }

                hedges += expected[at].Hedged == claim.Hedged ? 1 : 0;
                expected.RemoveAt(at);
                score.TruePositives++;
                overall.TruePositives++;
            }

            foreach (ExpectedClaim missing in expected)
            {
                Score(byPredicate, missing.Predicate).FalseNegatives++;
                overall.FalseNegatives++;
            }

            if (expected.Count > 0 || spurious.Count > 0)
            {
                errors.Add(new SentenceOutcome(sentence, [.. expected.Select(e => e.ToString())], spurious));
            }
        }

        return new ClaimEvalReport(mode, set.Sentences.Count, overall, [.. byPredicate.Values], hedges, low, errors);
    }

    /// <summary>Gold mentions: the production Text stages, mentions from the set's surface forms, then the claim stage alone.</summary>
    public static ClaimEvalReport EvaluateWithGoldMentions(ClaimEvalSet set, PredicateLexicon lexicon)
    {
        var extractor = new ClaimExtractor(lexicon);
        return Evaluate(set, lexicon, "gold mentions (production tokeniser, mentions placed from the annotation's entity table)", sentence =>
        {
            Document doc = EvalDocuments.Create(sentence);
            EvalDocuments.AddGoldLayers(doc, set.Surfaces, sentence.Overrides);
            extractor.Process(doc);
            return doc.Paragraphs[0].Claims;
        });
    }

    private static PredicateScore Score(SortedDictionary<string, PredicateScore> scores, string predicate)
    {
        if (!scores.TryGetValue(predicate, out PredicateScore? score))
        {
            score = new PredicateScore(predicate);
            scores.Add(predicate, score);
        }

        return score;
    }

    private static bool Matches(ExpectedClaim expected, Claim claim, bool symmetric, IReadOnlyDictionary<string, HashSet<string>> names)
    {
        if (expected.Predicate != claim.Predicate || expected.Negated != claim.Negated)
        {
            return false;
        }

        return (Is(expected.Subject, claim.Subject, names) && Is(expected.Object, claim.Object, names))
            || (symmetric && Is(expected.Subject, claim.Object, names) && Is(expected.Object, claim.Subject, names));
    }

    /// <summary>
    /// The slugs of the names, aliases and acronyms the annotation's entity table gives each entity it marks as absent
    /// from the gazetteer ("new:thomas-waldhauser": "Thomas Waldhauser", "Thomas D. Waldhauser"); a name qualified in brackets
    /// also as "of" its qualifier.
    /// </summary>
    private static Dictionary<string, HashSet<string>> NewEntityNames(ClaimEvalSet set)
    {
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (SurfaceForm surface in set.Surfaces)
        {
            if (surface.Kind is not (MentionKind.Name or MentionKind.Acronym) || !surface.Entity.Id.StartsWith("new:", StringComparison.Ordinal))
            {
                continue;
            }

            if (!names.TryGetValue(surface.Entity.Id, out HashSet<string>? slugs))
            {
                slugs = new HashSet<string>(StringComparer.Ordinal);
                names.Add(surface.Entity.Id, slugs);
            }

            slugs.Add(Slug(surface.Text));
            // "Ministry of Education (Uganda)" is also written "Ministry of Education of Uganda", as the pipeline names a country's body.
            if (surface.Text.EndsWith(')') && surface.Text.IndexOf(" (", StringComparison.Ordinal) is > 0 and var open)
            {
                slugs.Add(Slug($"{surface.Text[..open]} of {surface.Text[(open + 2)..^1]}"));
            }
        }

        return names;
    }

    /// <summary>
    /// Same entity: by id or name; an entity the annotation marks as absent from the gazetteer ("new:camp-lemonnier")
    /// also matches a discovered one ("d:place:camp-lemonnier") or any entity whose name gives that slug or the slug of
    /// one of the names the annotation's entity table gives it ("Thomas D. Waldhauser" for "new:thomas-waldhauser"), also
    /// when one is a country's body's "of" form and the other its demonym form (<see cref="BodyNameVariants"/>).
    /// </summary>
    private static bool Is(string expected, Entity entity, IReadOnlyDictionary<string, HashSet<string>> names)
    {
        if (expected.Equals(entity.Id, StringComparison.OrdinalIgnoreCase) || expected.Equals(entity.Name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        string slug = expected.StartsWith("new:", StringComparison.Ordinal) ? expected[4..] : expected;
        if (entity.Id.StartsWith("d:", StringComparison.Ordinal) && slug.Equals(entity.Id[(entity.Id.LastIndexOf(':') + 1)..], StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (ReferenceEquals(slug, expected))
        {
            return false;
        }

        string name = Slug(entity.Name);
        if (slug.Equals(name, StringComparison.Ordinal) || (names.TryGetValue(expected, out HashSet<string>? slugs) && slugs.Contains(name)))
        {
            return true;
        }

        // "Foreign Ministry of Tajikistan", discovered, is the annotation's "Tajik Foreign Ministry".
        return entity.Id.StartsWith("d:", StringComparison.Ordinal)
            && (BodyNameVariants.Same(name, slug) || (slugs is not null && slugs.Any(s => BodyNameVariants.Same(name, s))));
    }

    private const string Accented = "àáâãäåāçćčèéêëēěìíîïīñńòóôõöøōřśšùúûüūýÿžź";
    private const string Plain = "aaaaaaaccceeeeeeiiiiinnooooooorssuuuuuyyzz";

    /// <summary>"Camp Lemonnier" → "camp-lemonnier"; accents dropped ("Deborah Bräutigam" → "deborah-brautigam").</summary>
    private static string Slug(string name)
    {
        var text = new System.Text.StringBuilder(name.Length);
        foreach (char letter in name.ToLowerInvariant())
        {
            // Accents folded by table: the build runs in invariant globalisation mode, where Unicode normalisation is not at hand.
            int folded = Accented.IndexOf(letter, StringComparison.Ordinal);
            char c = folded >= 0 ? Plain[folded] : letter;
            if (char.IsLetterOrDigit(c))
            {
                text.Append(c);
            }
            else if (text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }
        }

        return text.ToString().Trim('-');
    }

    private static string Describe(Claim claim) =>
        $"{claim.Subject.Id} {claim.Predicate} {claim.Object.Id}{(claim.Negated ? " | negated" : "")}{(claim.Hedged ? " | hedged" : "")} (trigger \"{claim.Trigger}\", confidence {claim.Confidence:0.00})";
}
