using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Syntax.Features;

namespace KnowledgeGraph.Relate.Claims.Learned;

/// <summary>
/// The features of an ordered pair of a sentence's mentions (first before second) for the learned relation model:
/// the two entity types and mention kinds, the words between them (each, its first five letters, the first and the
/// last, and the whole run when short), the words just outside the pair, the distance, and the other mentions and
/// commas between, and the predicate lexicon's triggers between them or just outside. Surface words only, so a sentence need not be tagged or parsed: the stage stays as cheap as the
/// rules that run before it. Pure: training and run time compute the same keys.
/// </summary>
internal static class RelationFeatures
{
    /// <summary>Most features one pair yields.</summary>
    public const int Max = 128;

    /// <summary>Between-words read, at most (the rest of a long gap is left out).</summary>
    public const int Reach = 24;

    // Template numbers: one per kind of feature.
    private const int Types = 1, Kinds = 2, Distance = 3, Between = 4, BetweenStem = 5, FirstBetween = 6, LastBetween = 7,
        FirstLast = 8, Run = 9, Before1 = 10, Before2 = 11, After1 = 12, After2 = 13, TypedFirst = 14, TypedLast = 15,
        Others = 16, Commas = 17, OtherType = 18, TypedRun = 19, Bias = 20, TriggerBetween = 21, TriggerTyped = 22,
        TriggerBefore = 23, TriggerAfter = 24, TriggerNear = 25;

    /// <summary>Writes the features of mentions <paramref name="a"/> (first) and <paramref name="b"/> of <paramref name="view"/>; returns how many.</summary>
    public static int Extract(SentenceView view, int a, int b, Span<ulong> features)
    {
        int n = 0;
        Mention first = view.Mention(a);
        Mention second = view.Mention(b);
        ulong types = FeatureHash.Of(0, (ulong)first.Entity.Type, (ulong)second.Entity.Type);
        features[n++] = FeatureHash.Of(Bias, 1);
        features[n++] = FeatureHash.Of(Types, types);
        features[n++] = FeatureHash.Of(Kinds, (ulong)first.Kind, (ulong)second.Kind, types);
        int from = view.MentionLast(a) + 1;
        int to = view.MentionFirst(b);
        int gap = Math.Max(0, to - from);
        features[n++] = FeatureHash.Of(Distance, Bucket(gap));

        ulong run = 17;
        int commas = 0;
        int others = 0;
        int last = Math.Min(to, from + Reach);
        for (int i = from; i < last; i++)
        {
            int m = view.MentionIndexAt(i);
            if (m >= 0)
            {
                // Another mention in between: its type, not its words.
                others++;
                if (n < Max - 16)
                {
                    features[n++] = FeatureHash.Of(OtherType, (ulong)view.Mention(m).Entity.Type);
                }

                i = Math.Max(i, view.MentionLast(m));
                run = run * 31 + 7;
                continue;
            }

            ReadOnlySpan<char> word = view.Word(i);
            commas += word is "," ? 1 : 0;
            if (n < Max - 24 && view.TriggersAt(i) is { } triggers)
            {
                // The lexicon's triggers between the two: the rules' vocabulary, read here without their patterns.
                foreach (var (_, trigger) in triggers)
                {
                    ulong predicate = FeatureHash.Exact(trigger.Predicate.Name);
                    features[n++] = FeatureHash.Of(TriggerBetween, predicate, (ulong)trigger.Kind);
                    features[n++] = FeatureHash.Of(TriggerTyped, predicate, types);
                    features[n++] = FeatureHash.Of(TriggerNear, predicate, (ulong)Math.Min(i - from, 3), (ulong)Math.Min(to - 1 - i, 3));
                    if (n >= Max - 24)
                    {
                        break;
                    }
                }
            }

            ulong hash = FeatureHash.Lower(word);
            run = run * 31 + hash;
            if (n < Max - 16)
            {
                features[n++] = FeatureHash.Of(Between, hash);
                if (word.Length > 5)
                {
                    features[n++] = FeatureHash.Of(BetweenStem, FeatureHash.Lower(word[..5]));
                }
            }
        }

        ulong firstWord = gap > 0 ? WordOrMention(view, from) : 0;
        ulong lastWord = gap > 0 ? WordOrMention(view, to - 1) : 0;
        features[n++] = FeatureHash.Of(FirstBetween, firstWord);
        features[n++] = FeatureHash.Of(LastBetween, lastWord);
        features[n++] = FeatureHash.Of(FirstLast, firstWord, lastWord);
        features[n++] = FeatureHash.Of(TypedFirst, firstWord, types);
        features[n++] = FeatureHash.Of(TypedLast, lastWord, types);
        if (gap <= 4)
        {
            features[n++] = FeatureHash.Of(Run, run);
            features[n++] = FeatureHash.Of(TypedRun, run, types);
        }

        features[n++] = FeatureHash.Of(Others, (ulong)Math.Min(others, 3));
        features[n++] = FeatureHash.Of(Commas, (ulong)Math.Min(commas, 3));
        int before = view.MentionFirst(a);
        features[n++] = FeatureHash.Of(Before1, WordOrMention(view, before - 1));
        features[n++] = FeatureHash.Of(Before2, WordOrMention(view, before - 2), WordOrMention(view, before - 1));
        int after = view.MentionLast(b) + 1;
        features[n++] = FeatureHash.Of(After1, WordOrMention(view, after));
        features[n++] = FeatureHash.Of(After2, WordOrMention(view, after), WordOrMention(view, after + 1));
        n = Triggers(view, before - 3, before, TriggerBefore, types, features, n);
        n = Triggers(view, after, after + 3, TriggerAfter, types, features, n);
        if (n <= Max - RelationPath.Max && view.Syntax is { } syntax && syntax.IsParsed(view.Index))
        {
            n = RelationPath.Extract(view, syntax, a, b, types, features, n);
        }

        return n;
    }

    /// <summary>The lexicon's triggers in tokens [<paramref name="from"/>, <paramref name="to"/>) outside the pair ("talks between A and B", "A and B signed").</summary>
    private static int Triggers(SentenceView view, int from, int to, int template, ulong types, Span<ulong> features, int n)
    {
        for (int i = Math.Max(from, view.First); i < Math.Min(to, view.End) && n < Max - 2; i++)
        {
            if (view.MentionIndexAt(i) >= 0 || view.TriggersAt(i) is not { } triggers)
            {
                continue;
            }

            foreach (var (_, trigger) in triggers)
            {
                features[n++] = FeatureHash.Of(template, FeatureHash.Exact(trigger.Predicate.Name), types);
                if (n >= Max - 2)
                {
                    break;
                }
            }
        }

        return n;
    }

    /// <summary>The hash of the between-word feature of token <paramref name="i"/> (what the model's trigger choice reads).</summary>
    public static ulong BetweenKey(SentenceView view, int i) => FeatureHash.Of(Between, FeatureHash.Lower(view.Word(i)));

    /// <summary>A word's lower-case hash, a mention's type (as "a name of type T"), or a sentence edge.</summary>
    private static ulong WordOrMention(SentenceView view, int i)
    {
        if (i < view.First || i >= view.End)
        {
            return 1;
        }

        int m = view.MentionIndexAt(i);
        return m >= 0 ? 2 + (ulong)view.Mention(m).Entity.Type : FeatureHash.Lower(view.Word(i));
    }

    private static ulong Bucket(int gap) => gap switch
    {
        <= 3 => (ulong)gap,
        <= 5 => 4,
        <= 8 => 5,
        <= 12 => 6,
        <= 20 => 7,
        _ => 8,
    };
}
