using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Triggers;

/// <summary>
/// Walks back from a nominal trigger over what may stand between it and its subject: amounts, modifiers, negations,
/// coordinated modifiers after a possessor, a light verb, a verb of seeking or a copula; and past a demonym object's
/// actor nouns after it.
/// </summary>
internal sealed class NounPhraseWalker
{
    private const int MaxAmountWords = 3;
    private readonly ClaimCues cues;

    public NounPhraseWalker(ClaimCues cues)
    {
        this.cues = cues;
    }

    /// <summary>A noun of lending (a grant among them) or aid at <paramref name="i"/> ("grants and loans to").</summary>
    internal bool IsMoneyNoun(SentenceView view, int i) =>
        cues.LendingNouns.LongestAt(view, i) == 1 || cues.AidNouns.LongestAt(view, i) == 1;

    /// <summary>
    /// Steps back over an amount that ends at <paramref name="i"/> ("$188 billion worth of", "at least US$327 million in",
    /// "a 20%", "50 million yuan ($6.9 million) in": a unit sign or a bracketed conversion after it too) and returns the
    /// token before it; <paramref name="i"/> itself when there is no number there.
    /// </summary>
    internal int SkipAmount(SentenceView view, int i)
    {
        int j = view.Is(i, "in") || view.Is(i, "of") ? i - 1 : i;
        if (Sums.ConversionStart(view, cues, j) is >= 0 and var open)
        {
            j = open - 1;
        }

        // "a 20% stake in": a unit sign after the number.
        if (j - 1 >= view.First && view.Token(j).Kind == Model.TokenKind.Symbol && view.Token(j - 1).Kind == Model.TokenKind.Number)
        {
            j--;
        }

        for (int n = 0; n < MaxAmountWords && j > view.First && view.Token(j).Kind == Model.TokenKind.Word && cues.Amounts.StartsAt(view, j); n++)
        {
            j--;
        }

        if (j < view.First || (view.Token(j).Kind != Model.TokenKind.Number && !GrammarWords.Numbers.StartsAt(view, j)))
        {
            return i;
        }

        j--;
        while (j >= view.First && (view.Token(j).Kind == Model.TokenKind.Symbol || view.Is(j, "US") || view.Is(j, "\"") || view.Is(j, "“")))
        {
            j--;
        }

        for (int n = 0; n < MaxAmountWords && j > view.First; n++)
        {
            int k = j - 1;
            // "roll over $2.6 billion in loans": a light verb of several words may end in a word of amounts.
            if (LightVerbStart(view, j) is >= 0 and var light && light < j)
            {
                break;
            }

            if (cues.Amounts.LongestAt(view, k) == 2)
            {
                j -= 2;
            }
            else if (cues.Amounts.LongestAt(view, j) == 1)
            {
                j--;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>
    /// Steps back from <paramref name="i"/> over fillers, lowercase hyphen compounds and one-word negations, at most
    /// <see cref="NounReader.MaxFillers"/>, and returns the token before them.
    /// </summary>
    internal int Modifiers(SentenceView view, int i)
    {
        for (int n = 0; n < NounReader.MaxFillers && i >= view.First && view.MentionIndexAt(i) < 0; n++)
        {
            if (NounWords.IsCompound(view, i))
            {
                i -= 3;
            }
            else if (view.Is(i, "among") || (view.Is(i, "one") && view.Is(i + 1, "of")))
            {
                // "is among the founding members of", "was one of the first members of": one of several holds it too.
                i--;
            }
            else if (view.Is(i, "of") && view.Is(i - 1, "one"))
            {
                i -= 2;
            }
            else if (cues.Fillers.StartsAt(view, i) || view.Is(i, "no") || cues.Negations.LongestAt(view, i) == 1)
            {
                // "is not a member of", "provided no aid to": the negation is read in the light verb's window.
                i--;
            }
            else if (cues.Instruments.LongestAt(view, i) == 1)
            {
                // "claimed rocket attacks on", "launched drone strikes against": an instrument qualifies the noun.
                i--;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private const int MaxSoughtReach = 8;

    /// <summary>
    /// True when a verb of seeking (claim_cues <c>seeking_verbs</c>) ends a few words before <paramref name="i"/>, past
    /// a sum and its "in" ("seeking up to $1 billion in"), articles and fillers only.
    /// </summary>
    internal bool SoughtBefore(SentenceView view, int i)
    {
        for (int k = i; k >= view.First && i - k < MaxSoughtReach; k--)
        {
            if (view.MentionIndexAt(k) >= 0 || view.IsPunctuation(k) && !view.Is(k, "$"))
            {
                return false;
            }

            if (cues.SeekingVerbs.LongestAt(view, k) is > 0 and var length && k + length - 1 <= i)
            {
                return true;
            }

            // Only a sum, its "in", articles and fillers stand between the verb and the owner.
            if (!(Sums.IsSumToken(view, cues, k) || cues.Amounts.LongestAt(view, k - 1) == 2 || view.Is(k, "in") || view.Is(k, "of")
                || GrammarWords.Articles.StartsAt(view, k) || cues.Fillers.StartsAt(view, k)))
            {
                return false;
            }
        }

        return false;
    }

    private const int MaxCoordinatedModifiers = 5;

    /// <summary>
    /// The possessor ("China's", "its") before lower-case modifiers joined by "and" or a comma that end at
    /// <paramref name="i"/> ("economic and security", "traditional military and intelligence"), or before another noun
    /// joined to this one ("China's geographical proximity, engagement with the Taliban"); -1 when the words are no such
    /// run (a verb form, a preposition, a clause's stop) or no "and" joins them. A possessor of joined nouns must be a
    /// name that no preposition governs: "during his visit to the company's innovation centre and meeting with" and
    /// "their inclusion and links to" do not carry the possessor to the second noun.
    /// </summary>
    internal int PossessorPastModifiers(SentenceView view, int i)
    {
        bool joined = false;
        bool modifiers = false;
        for (int n = 0; n < MaxCoordinatedModifiers && i >= view.First; n++, i--)
        {
            if (view.MentionIndexAt(i) is >= 0 and var m)
            {
                return Possessor(view, m, joined, modifiers);
            }

            if (view.Is(i, "-") && n > 0)
            {
                continue;
            }

            if (GrammarWords.Conjunctions.StartsAt(view, i) || view.Is(i, ","))
            {
                modifiers |= n > 0;
                joined = true;
                continue;
            }

            if (!VerbShapes.IsLowerWord(view, i) || VerbShapes.IsIngWord(view, i) || view.Word(i).EndsWith("ed", StringComparison.Ordinal)
                || GrammarWords.Prepositions.StartsAt(view, i) || GrammarWords.ClauseStops.StartsAt(view, i) || GrammarWords.Articles.StartsAt(view, i)
                || cues.Bridges.StartsAt(view, i) || cues.LightVerbs.StartsAt(view, i))
            {
                return -1;
            }
        }

        return i >= view.First && view.MentionIndexAt(i) is >= 0 and var owner ? Possessor(view, owner, joined, modifiers) : -1;
    }

    /// <summary>The mention <paramref name="m"/> when it possesses the run <see cref="PossessorPastModifiers"/> walked; else -1.</summary>
    private static int Possessor(SentenceView view, int m, bool joined, bool modifiers)
    {
        if (!joined || !(view.IsPossessive(m) || view.IsPossessivePronoun(m)))
        {
            return -1;
        }

        return modifiers || (!view.IsPossessivePronoun(m) && !GrammarWords.Prepositions.StartsAt(view, view.MentionFirst(m) - 1)
            && !(view.Is(view.MentionFirst(m) - 1, "the") && GrammarWords.Prepositions.StartsAt(view, view.MentionFirst(m) - 2))) ? m : -1;
    }

    /// <summary>Past the actor nouns (claim_cues <c>actors</c>) a demonym object names ("Pakistani police", "Chinese workers"): the token after them.</summary>
    internal int ActorsAfter(SentenceView view, int m, int i)
    {
        if (view.Mention(m).Kind != Model.MentionKind.Demonym)
        {
            return i;
        }

        for (int n = 0; n < 2 && i < view.End && cues.Actors.LongestAt(view, i) == 1; n++)
        {
            i++;
        }

        return i;
    }

    /// <summary>True when a copula ("is", "became") stands before the noun at <paramref name="noun"/>, past its fillers ("an autonomous").</summary>
    internal bool CopulaBefore(SentenceView view, int noun)
    {
        int i = noun - 1;
        for (int n = 0; n < NounReader.MaxFillers && i >= view.First && view.MentionIndexAt(i) < 0 && cues.Fillers.StartsAt(view, i); n++)
        {
            i--;
        }

        return i >= view.First && (GrammarWords.Copulas.StartsAt(view, i) || view.Is(i, "became") || view.Is(i, "becomes") || view.Is(i, "become"));
    }

    /// <summary>Words of the longest light verb ("claimed responsibility for").</summary>
    private const int MaxLightVerbWords = 3;

    /// <summary>One-word bridges allowed between a copula and "in" ("is also in", "was reportedly still in").</summary>
    private const int MaxCopulaBridges = 2;

    /// <summary>
    /// The copula of "is in" and the like, a light verb, with one-word bridges (claim_cues <c>bridges</c>: "also",
    /// "reportedly", "still", "not") between it and the "in" at <paramref name="i"/> ("the company is reportedly in talks
    /// with"); -1 when "in" is not there, no bridge stands between or no copula opens them.
    /// </summary>
    internal int CopulaAcrossBridges(SentenceView view, int i)
    {
        if (!view.Is(i, "in"))
        {
            return -1;
        }

        int k = i - 1;
        for (int n = 0; n < MaxCopulaBridges && k > view.First && view.MentionIndexAt(k) < 0 && !GrammarWords.Copulas.StartsAt(view, k)
            && cues.Bridges.LongestAt(view, k) == 1; n++)
        {
            k--;
        }

        return k < i - 1 && k >= view.First && view.MentionIndexAt(k) < 0 && GrammarWords.Copulas.StartsAt(view, k) ? k : -1;
    }

    internal int LightVerbStart(SentenceView view, int i)
    {
        for (int k = MaxLightVerbWords; k >= 1; k--)
        {
            int s = i - k + 1;
            if (s >= view.First && cues.LightVerbs.LongestAt(view, s) == k)
            {
                return s;
            }
        }

        return -1;
    }
}
