using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Roles;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Dependency;

/// <summary>
/// Decides, from tokens and tags only, whether a sentence is worth parsing. Parsing costs far more than everything else
/// the claims stage does (about 0.65 ms a sentence with the shipped model, where the token rules take microseconds), and
/// measured on the seeds the tree adds claims the token rules miss mostly in structural readings; so a sentence is
/// parsed only where those can be: a part or branch noun next to a possessive name with another name near it or with
/// an "of" name ("Tajikistan's Gorno-Badakhshan region", "the Haqqani faction of the Taliban"); a company noun with a
/// nationality after an organisation and a comma ("Rostec, Russia's military technology conglomerate"); "state-run"; an asserted relation noun
/// followed by "with" or "between" and a named party ("sought a closer relationship with China"); a place followed by a comma and a country's
/// name; a role title the token rules could not attach, after a person and a comma or copula ("Sim Tack is the chief
/// military analyst with Force Analysis"); and, when the token rules found a claim, a negative predicate whose scope the
/// tree decides ("… was going to be impossible"). Verbal and nominal triggers the token rules left without a claim are
/// not parsed for (on the seed and VOA dev sets the tree found almost nothing more there, at a third of extraction time),
/// except a verb that opens a relative clause, or is a participle, right after a name (<see cref="RelativeVerbGate"/>).
/// </summary>
/// <remarks>
/// Three conditions were narrowed to what the tree's readings can use, measured on the seeds (a tenth of the parses
/// went, and the claims of the seeds, VOA dev and VOA test stayed the same): the country after a place and a comma must
/// be written as a name (capitalised), since a pronoun or description coreference resolved ("… in Xinjiang, they …")
/// is no apposition, and so must the place ("his 1994 tour of the region, Chinese Premier Li Peng hosted" names no
/// place in a country); a possessive before a part noun counts only with another name within four tokens of the noun or
/// before the possessor and a comma, since an unnamed part ("China's western regions") states nothing; and an
/// organisation before a comma counts for a company noun only when the phrase after the comma opens with the country
/// (after an article at most), since a comma ending a clause ("… for Kazakhtelecom, while the Kazakh company …") puts
/// no apposition there.
/// A relation noun parses its sentence only where the tree can give it parties the token rules did not: not inside a
/// trigger the token rules read ("Beijing's close relationship with the Taliban"), not when it completes another noun
/// or a verb form without a subject governs it ("the appearance of good relations with", "having long cultivated a
/// relationship with"), and not when a possessive after "with" names no party ("good relations with its neighbors").
/// Measured over the seeds, VOA, EWT, the training texts and re3d, the claims stayed the same (120 of 1,000 benchmark
/// parses went).
/// </remarks>
internal sealed class ParseGate
{
    private readonly TitleIndex titles;
    private readonly ClaimCues cues;
    private SentenceView view = null!;
    private SyntaxLayer syntax = null!;

    public ParseGate(PredicateLexicon lexicon)
    {
        titles = lexicon.Titles;
        cues = lexicon.Cues;
    }

    /// <summary>
    /// True when the sentence the view holds should be parsed; <paramref name="handled"/>[i - view.First] marks triggers the
    /// token rules read, <paramref name="covered"/>[i - view.First] every word of those triggers.
    /// </summary>
    public bool ShouldParse(Paragraph paragraph, SentenceView sentence, ReadOnlySpan<bool> handled, ReadOnlySpan<bool> covered, bool claimed)
    {
        if (paragraph.Syntax is null)
        {
            return false;
        }

        view = sentence;
        syntax = paragraph.Syntax;
        if (claimed && NegativePredicate())
        {
            return true;
        }

        int lastMention = view.MentionFirst(view.MentionCount - 1);
        // A title needs a person before it: without a person mention no token is looked up among the titles.
        int firstPerson = FirstPerson();
        for (int i = view.First; i < view.End; i++)
        {
            if (view.MentionIndexAt(i) >= 0 || view.Token(i).Kind != TokenKind.Word || handled[i - view.First])
            {
                continue;
            }

            bool after = lastMention > i;
            ReadOnlySpan<char> word = view.Word(i);
            if (after && firstPerson < i && titles.IsTitleWord(view, i) && PersonThenLink(i))
            {
                return true;
            }

            if ((cues.StructureNouns.Candidates(view, i) is not null && (cues.StructureCompanies.Candidates(view, i) is not null ? CompanyNamed(i) : NameNear(i) || StateRun(i))))
            {
                return true;
            }

            if ((after && !covered[i - view.First] && RelationNouns.IsCue(cues, word) && (view.Is(i + 1, "with") || view.Is(i + 1, "between")) && PartyNamedAfter(i + 2)
                    && RelationNouns.Asserted(view, syntax, i, cues) && !Unowned(i)))
            {
                return true;
            }
        }

        return PlaceThenCountry();
    }

    /// <summary>
    /// True when a name or a reference stands at <paramref name="i"/>, after "the" or "both" at most: the party a relation
    /// noun's "with" or "between" names ("relationships with different European countries" names none, so the tree adds
    /// nothing; "close ties with its two communist neighbors, Vietnam and China" names them through "its").
    /// </summary>
    private bool PartyNamedAfter(int i)
    {
        i += view.Is(i, "the") || view.Is(i, "both") ? 1 : 0;
        if (i >= view.End || view.MentionIndexAt(i) is not (>= 0 and var m))
        {
            return false;
        }

        if (!view.IsPossessive(m) && !view.IsPossessivePronoun(m))
        {
            return true;
        }

        for (int k = view.MentionLast(m) + 1; k < Math.Min(view.End, view.MentionLast(m) + 7); k++)
        {
            if (view.MentionIndexAt(k) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the relation noun at <paramref name="noun"/> can have no party the tree would give it: it completes
    /// another noun ("the appearance of good relations with the Republic"), or a verb form with no subject governs it
    /// ("having long cultivated a relationship with the Taliban", "to promoting friendly ties with Russia").
    /// </summary>
    private bool Unowned(int noun)
    {
        int j = noun - 1;
        while (j > view.First && view.MentionIndexAt(j) < 0 && syntax.Upos(j) is Upos.Adj or Upos.Det or Upos.Adv or Upos.Num)
        {
            j--;
        }

        if (view.MentionIndexAt(j) >= 0)
        {
            return false;
        }

        if (view.Is(j, "of"))
        {
            return j > view.First && view.MentionIndexAt(j - 1) < 0 && syntax.Upos(j - 1) == Upos.Noun;
        }

        if (syntax.Upos(j) != Upos.Verb)
        {
            return false;
        }

        int b = j - 1;
        while (b > view.First && syntax.Upos(b) == Upos.Adv)
        {
            b--;
        }

        // A preposition before a gerund may be tagged as a subordinator ("contributions to promoting friendly ties").
        string xpos = syntax.Xpos(j);
        return (xpos == "VBG" && syntax.Upos(b) is Upos.Adp or Upos.Sconj) || (xpos == "VBN" && view.Is(b, "having"));
    }

    /// <summary>First token of the sentence's first person mention, or <see cref="int.MaxValue"/> when it names no person.</summary>
    private int FirstPerson()
    {
        for (int m = 0; m < view.MentionCount; m++)
        {
            if (view.Mention(m).Entity.Type == EntityType.Person)
            {
                return view.MentionFirst(m);
            }
        }

        return int.MaxValue;
    }

    /// <summary>A person mention within eight tokens before the title, with a comma or a copula between them.</summary>
    private bool PersonThenLink(int title)
    {
        bool link = false;
        for (int k = title - 1; k >= Math.Max(view.First, title - 8); k--)
        {
            int m = view.MentionIndexAt(k);
            if (m >= 0 && view.Mention(m).Entity.Type == EntityType.Person)
            {
                return link;
            }

            link |= view.Is(k, ",") || view.Is(k, "is") || view.Is(k, "was") || view.Is(k, "as");
        }

        return false;
    }

    /// <summary>
    /// A negative predicate the token window cannot scope ("cooperation … was going to be impossible"): when the token
    /// rules found a claim, the tree decides whether it is negated.
    /// </summary>
    private bool NegativePredicate()
    {
        for (int i = view.First; i < view.End; i++)
        {
            if (view.Token(i).Kind == TokenKind.Word && NegativeWords.Candidates(view, i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The negative predicates' words, in a phrase index that rejects most tokens by length and first letter.</summary>
    private static readonly PhraseIndex<string> NegativeWords = GrammarWords.Build("impossible", "unable", "unlikely");

    /// <summary>
    /// A possessive name within three tokens before ("Tajikistan's Gorno-Badakhshan region"), an "of" name right after,
    /// or a demonym before a name ("the Russian GRU intelligence agency").
    /// </summary>
    private bool NameNear(int i)
    {
        for (int k = Math.Max(view.First, i - 4); k < i; k++)
        {
            if (view.MentionIndexAt(k) >= 0 && view.MentionIndexAt(k) is var m && view.IsPossessive(m) && OtherNameNear(i, m))
            {
                return true;
            }
        }

        return view.Is(i + 1, "of") && (view.MentionIndexAt(i + 2) >= 0 || view.MentionIndexAt(i + 3) >= 0) || DemonymThenName(i);
    }

    /// <summary>
    /// A name other than the possessor <paramref name="owner"/> within four tokens of the noun, or just before the
    /// possessor and a comma ("Gorno-Badakhshan, Tajikistan's region"): a part has to be named to be a claim.
    /// </summary>
    private bool OtherNameNear(int noun, int owner)
    {
        for (int k = Math.Max(view.First, noun - 4); k < Math.Min(view.End, noun + 5); k++)
        {
            int m = view.MentionIndexAt(k);
            if (m >= 0 && m != owner)
            {
                return true;
            }
        }

        int before = view.MentionFirst(owner) - 1;
        if (before > view.First && view.Is(before, ",") && view.MentionIndexAt(before - 1) >= 0)
        {
            return true;
        }

        // "Xinhua is the country's official news agency": a name, a copula and an article before the possessor.
        before -= view.Is(before, "the") ? 1 : 0;
        return before > view.First && GrammarWords.Copulas.StartsAt(view, before) && view.MentionIndexAt(before - 1) >= 0;
    }

    /// <summary>A demonym right before another name within four tokens before the noun ("the Russian GRU intelligence agency").</summary>
    private bool DemonymThenName(int i)
    {
        for (int k = Math.Max(view.First, i - 4); k < i; k++)
        {
            int m = view.MentionIndexAt(k);
            if (m >= 0 && view.Mention(m).Kind == MentionKind.Demonym && view.MentionIndexAt(view.MentionLast(m) + 1) is >= 0 and var next
                && next != m && view.Mention(next).Kind != MentionKind.Demonym && view.MentionLast(next) < i)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"state-run", "state-owned" before the noun.</summary>
    private bool StateRun(int i)
    {
        for (int k = Math.Max(view.First, i - 4); k < i; k++)
        {
            if (view.Is(k, "state") && view.Is(k + 1, "-"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A country demonym or possessive within three tokens before the company noun, and an organisation in apposition
    /// before it ("Rostec, Russia's military technology conglomerate"). An organisation right after the noun ("Chinese
    /// manufacturer Xiaomi") is read by the token rules (<see cref="Extraction.Roles.NationalityReader"/>), so it asks no parse.
    /// </summary>
    private bool CompanyNamed(int i)
    {
        bool nationality = false;
        for (int k = Math.Max(view.First, i - 4); k < i; k++)
        {
            int m = view.MentionIndexAt(k);
            nationality |= m >= 0 && view.Mention(m).Entity.Type == EntityType.Country;
        }

        if (!nationality)
        {
            return false;
        }

        int before = -1;
        for (int k = i - 1; k >= view.First && before < 0; k--)
        {
            if (view.Is(k, ","))
            {
                before = k > view.First && NationalityNext(k + 1) ? view.MentionIndexAt(k - 1) : -1;
                break;
            }
        }

        return before >= 0 && view.Mention(before).Entity.Type == EntityType.Organisation;
    }

    /// <summary>
    /// True when a country's name (or demonym) opens the phrase at <paramref name="k"/>, after an article and a
    /// claim_cues <c>state_owned</c> word at most: the
    /// phrase stands in apposition to the name before the comma ("Rostec, Russia's military technology conglomerate"),
    /// where a comma ending a clause ("…for Kazakhtelecom, while the Kazakh company chose…") relates nothing.
    /// </summary>
    private bool NationalityNext(int k)
    {
        if (view.Is(k, "a") || view.Is(k, "an") || view.Is(k, "the"))
        {
            k++;
        }

        // "India Ports Global Ltd, a state-run Indian company": a word of state ownership before the nationality.
        if (k < view.End && view.MentionIndexAt(k) < 0 && cues.StateOwned.LongestAt(view, k) is > 0 and var owned)
        {
            k += owned;
        }

        return k < view.End && view.MentionIndexAt(k) is >= 0 and var m && view.Mention(m).Entity.Type == EntityType.Country;
    }

    private bool PlaceThenCountry()
    {
        for (int m = 0; m + 1 < view.MentionCount; m++)
        {
            if (view.Mention(m).Entity.Type == EntityType.Place && view.Mention(m + 1).Entity.Type == EntityType.Country
                && view.Is(view.MentionLast(m) + 1, ",") && view.MentionFirst(m + 1) == view.MentionLast(m) + 2
                && char.IsUpper(view.Word(view.MentionFirst(m))[0]) && char.IsUpper(view.Word(view.MentionFirst(m + 1))[0]))
            {
                return true;
            }
        }

        return false;
    }
}
