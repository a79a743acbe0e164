using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Roles;

/// <summary>
/// Where the person or name a role title is said of stands, read from the title's tokens: the name right after the title
/// (<see cref="HolderAfter"/>), the name after the comma that closes a title phrase opening the sentence
/// (<see cref="Fronted"/>), a possessive name that title words stand before (<see cref="TitledPossessor"/>), and the
/// name a relative pronoun before a copula and the title stands for (<see cref="Relative"/>).
/// </summary>
internal static class TitleHolder
{
    private const int MaxModifiers = 3;
    private const int MaxTitleTail = 6;

    /// <summary>
    /// The person a title names: the mention right after it (or after an editor's closing bracket), or after a
    /// capitalised remainder of the title ("Minister of Industry and Commerce Nooruddin Azizi", "Ambassador to
    /// Afghanistan Wang Yu"); -1 when none.
    /// </summary>
    public static int HolderAfter(SentenceView view, int end)
    {
        for (int j = end; j < view.End && j <= end + MaxTitleTail; j++)
        {
            // "[Chinese leader] Xi Jinping": an editor's bracket closes the title; "(and former NDS chief) Amrullah Saleh": so
            // does an aside's.
            if (j == end && (view.Is(j, "]") || view.Is(j, ")")))
            {
                continue;
            }

            // "then-Vice President (and former NDS chief) Amrullah Saleh": an aside in brackets between title and name.
            if (j == end && view.Is(j, "(") && ObjectFinder.ClosingBracket(view, j, MaxAside) is > 0 and var close && !NamesPerson(view, j, close))
            {
                j = close;
                continue;
            }

            if (view.Is(j, "the") && view.Is(j - 1, "to"))
            {
                // "Afghan Ambassador to the United States Hamdullah Mohib".
                continue;
            }

            int m = view.MentionIndexAt(j);
            if (m >= 0 && (view.Is(j - 1, "to") || view.Is(j - 1, "the") && view.Is(j - 2, "to")) && view.Mention(m).Entity.Type == EntityType.Country)
            {
                // "Chinese Ambassador to Afghanistan Wang Yu": the host country belongs to the title.
                j = view.MentionLast(m);
                continue;
            }

            // "the CIA chief and his deputy": a pronoun or description coreference resolved is not the title's holder.
            if (m >= 0 && view.Mention(m).Kind == MentionKind.Partial && view.Token(j).Is(TokenShape.AllLower))
            {
                return -1;
            }

            if (m >= 0)
            {
                return j == end || view.Mention(m).Entity.Type == EntityType.Person ? m : -1;
            }

            bool tail = view.Token(j).Is(TokenShape.Capitalised) || view.Is(j, "of") || view.Is(j, "and") || view.Is(j, "for") || view.Is(j, "to");
            if (!tail || view.Token(j).Kind != TokenKind.Word)
            {
                return -1;
            }
        }

        return -1;
    }

    private const int MaxAside = 8;

    /// <summary>True when a person is named between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool NamesPerson(SentenceView view, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
        {
            if (view.MentionIndexAt(k) is >= 0 and var m && view.Mention(m).Entity.Type == EntityType.Person)
            {
                return true;
            }
        }

        return false;
    }
    private const int MaxFronted = 12;

    /// <summary>
    /// The name right after the comma that closes a title phrase opening the sentence (after "as" and an article at most:
    /// "A member of the EU since 1995, Finland"); -1 when the title does not open the sentence or no name follows the comma.
    /// </summary>
    public static int Fronted(SentenceView view, int j, int end)
    {
        if (view.Is(j, "as"))
        {
            j--;
        }

        if (j >= view.First)
        {
            return -1;
        }

        for (int c = end; c < view.End && c <= end + MaxFronted; c++)
        {
            if (view.Is(c, ","))
            {
                int at = view.Is(c + 1, "the") && view.MentionIndexAt(c + 1) < 0 ? c + 2 : c + 1;
                int holder = view.MentionIndexAt(at);
                return holder >= 0 && view.MentionFirst(holder) == at && !view.IsPossessive(holder) && view.Mention(holder).Kind != MentionKind.Demonym
                    ? holder : -1;
            }

            // "The Chinese ambassador met the Taliban's foreign minister, Amir Khan Muttaqi,": a verb ends the fronted
            // phrase, so the name after the comma is another title's.
            if (view.IsPunctuation(c) && !view.Is(c, "-") && !view.Is(c, "(") && !view.Is(c, ")") || view.Syntax?.Upos(c) is Upos.Verb or Upos.Aux)
            {
                return -1;
            }
        }

        return -1;
    }
    /// <summary>
    /// "the flagship of President Xi Jinping's Belt and Road Initiative": from <paramref name="k"/>, the first token of a
    /// possessive name that capitalised title words (a role title of the lexicon first) stand before; else <paramref name="k"/>.
    /// </summary>
    public static int TitledPossessor(SentenceView view, int k)
    {
        // "the flagship of Chinese President Xi Jinping's Belt and Road Initiative": a demonym may open the title.
        if (view.MentionIndexAt(k) is >= 0 and var demonym && view.Mention(demonym).Kind == MentionKind.Demonym
            && view.MentionLast(demonym) + 1 is var titleAt && TitledPossessor(view, titleAt) is var possessor && possessor != titleAt)
        {
            return possessor;
        }

        if (k >= view.End || view.MentionIndexAt(k) >= 0 || !view.Token(k).Is(TokenShape.Capitalised) || !view.TitleAt(k))
        {
            return k;
        }

        for (int i = k + 1; i < view.End && i - k <= MaxModifiers; i++)
        {
            if (view.MentionIndexAt(i) is >= 0 and var m)
            {
                return view.MentionFirst(m) == i && view.IsPossessive(m) ? i : k;
            }

            if (!view.Token(i).Is(TokenShape.Capitalised))
            {
                return k;
            }
        }

        return k;
    }

    /// <summary>
    /// The name the relative pronoun ("who", "which", "that") at <paramref name="pronoun"/> stands for, a copula after it
    /// saying the title: the name right before its comma ("Sirajuddin Haqqani, who is the leader of the Haqqani network"),
    /// or the name before an apposition the relative clause closes ("Taalatbek Masadykov, a Kyrgyz diplomat who became the
    /// CSTO's secretary general", "the China-Pakistan Economic Corridor (CPEC), a web of roads, power plants and ports that
    /// is the flagship of …"): a comma and an article open the apposition, which names nothing but demonyms and holds no
    /// punctuation but commas and hyphens; -1 otherwise, and for a possessive or a demonym.
    /// </summary>
    public static int Relative(SentenceView view, int pronoun)
    {
        if (pronoun <= view.First || !(view.Is(pronoun, "who") || view.Is(pronoun, "which") || view.Is(pronoun, "that")))
        {
            return -1;
        }

        if (view.Is(pronoun - 1, ","))
        {
            return Antecedent(view, pronoun - 2);
        }

        for (int c = pronoun - 1; c > view.First && pronoun - c <= SubjectHeads.MaxApposition; c--)
        {
            if (view.MentionIndexAt(c) is >= 0 and var inside && view.Mention(inside).Kind != MentionKind.Demonym)
            {
                return -1;
            }

            if (view.Is(c, ",") && GrammarWords.Articles.StartsAt(view, c + 1))
            {
                return Antecedent(view, c - 1);
            }

            if (view.IsPunctuation(c) && !view.Is(c, ",") && !view.Is(c, "-") && !view.Is(c, "$"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The name ending at <paramref name="last"/> when it is neither a possessive nor a demonym; -1 otherwise.</summary>
    private static int Antecedent(SentenceView view, int last)
    {
        int m = SubjectFinder.NamedEndingAt(view, last);
        return m >= 0 && !view.IsPossessive(m) && view.Mention(m).Kind != MentionKind.Demonym ? m : -1;
    }
}
