using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.Places;

/// <summary>
/// A person who meets, talks or signs in a place of another country is visiting it: "Xi Jinping walks alongside Uzbek
/// President Shavkat Mirziyoyev at the Shanghai Cooperation Organization summit in Uzbekistan" → Xi Jinping VISITS
/// Uzbekistan; "the meeting between Xi Jinping and Vladimir Putin on the sidelines of the summit in Uzbekistan" → both
/// visit it, and "Xi met Tokayev in Astana" → only Xi. Read from the sentence's own claims of predicates done in person
/// (`in_person` in the lexicon: meeting, hosting, talks, signing) that are not negated, and the first country or place named right after "in" (or "in
/// the"), not after a title ("China's ambassador in Kabul" is a post) and, inside a relative clause, only for claims read
/// in that clause. A person's countries are those of their curated roles (the role's body, or the country that body is part of or
/// based in), and a country a curated role's title posts them "to" ("Ambassador to Afghanistan") is one they meet in
/// without visiting, and so is every foreign place for one the sentence titles a resident envoy (<see cref="ResidentEnvoy"/>);
/// the office the sentence itself gives the person (its LEADS or HOLDS_ROLE_IN claim: "Kyrgyz Economy
/// Minister Daniyar Amangeldiev") names a home too. A place's country is the place itself, or what it is the capital of
/// or part of, two links deep. A person with no such office, or a place of no known country, gives nothing; a place after
/// the actor noun that opens the sentence, past "after", "before", "since" or "until", past ", and" and the subject of
/// another clause ("… received Bilal Karimi …, and it has kept its ambassador, Zhao Xing, in Kabul"), or before the
/// meeting's words in another phrase (<see cref="EarlierPlace"/>), places no meeting.
/// One instance per reader; not thread-safe.
/// </summary>
internal sealed class MeetingPlaceReader
{
    private static readonly string[] CountryLinks = ["capital_of", "part_of", "based_in"];
    private readonly Func<string, Entity?> entities;
    private readonly TitleIndex titles;
    private readonly ClaimCues cues;
    private readonly PredicateDefinition? visits;
    private readonly List<string> home = [];
    private readonly HashSet<string> inPerson = [];
    private readonly HashSet<string> titled = [];

    public MeetingPlaceReader(PredicateLexicon lexicon, Func<string, Entity?> entities)
    {
        this.entities = entities;
        titles = lexicon.Titles;
        cues = lexicon.Cues;
        visits = lexicon.Find("VISITS");
        foreach (PredicateDefinition predicate in lexicon.Predicates)
        {
            if (predicate.InPerson)
            {
                inPerson.Add(predicate.Name);
            }

            // The predicates a role title states (LEADS, HOLDS_ROLE_IN): a person's office in the sentence names a home.
            if (predicate.Class == PredicateClasses.Structural && predicate.Titles.Count > 0 && predicate.SubjectTypes.Contains(EntityType.Person))
            {
                titled.Add(predicate.Name);
            }
        }
    }

    /// <summary>Adds a VISITS candidate for each person of <paramref name="claims"/> (the sentence's) met in a foreign place.</summary>
    public void Read(SentenceView view, IReadOnlyList<Claim> claims, int first, List<(ClaimCandidate Candidate, Trigger Trigger, int Start)> output)
    {
        if (visits is null || !AnyMeeting(claims, first))
        {
            return;
        }

        (int Place, int In)? firstPlace = PlaceAfterIn(view);
        (int Place, int In, int Where)? antecedent = WherePlace(view);
        if (firstPlace is null && antecedent is null)
        {
            return;
        }

        for (int c = first; c < claims.Count; c++)
        {
            Claim claim = claims[c];
            if (!IsMeeting(claim) || PlaceOf(view, claim, OwnPlace(view, claim, firstPlace), antecedent) is not var (place, at)
                || CountryOf(view.Mention(place).Entity) is not { } country)
            {
                continue;
            }

            // "Putin, who hosted the same five leaders in Moscow last month, is expected to meet Xi …": a place inside a relative
            // clause places only what that clause states.
            if (PlaceClause.RelativeClause(view, at) is var (from, to) && !PlaceClause.InClause(view, claim, from, to)
                || PlaceClause.SubordinateBetween(view, claim.End, at) || PlaceClause.NextClauseBetween(view, claim.End, at)
                || PlaceClause.TopicBetween(view, cues, claim, at)
                || EarlierPlace.OfOtherPhrase(view, cues, place, at, claim))
            {
                continue;
            }

            foreach (Entity party in (ReadOnlySpan<Entity>)[claim.Subject, claim.Object])
            {
                int person = party.Type == EntityType.Person ? view.MentionOf(party) : -1;
                if (person < 0 || !HomeOf(party, claims, first) || home.Contains(country.Id) || PostedTo(party, country)
                    || ResidentEnvoy.Titled(party, claims, first, titled, cues))
                {
                    continue;
                }

                output.Add((new ClaimCandidate(person, place, 0.75f, at, at, null), new Trigger(["in"], TriggerKind.Verb, visits, "in"), at));
            }
        }
    }

    /// <summary>
    /// True when a claim from <paramref name="first"/> on is a meeting a person may have travelled to: the places of the
    /// sentence are looked for only then (most sentences with claims state none).
    /// </summary>
    private bool AnyMeeting(IReadOnlyList<Claim> claims, int first)
    {
        for (int c = first; c < claims.Count; c++)
        {
            if (IsMeeting(claims[c]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A claim of a predicate done in person, not negated, with a person for a party (only a person visits).</summary>
    private bool IsMeeting(Claim claim) =>
        !claim.Negated && inPerson.Contains(claim.Predicate) && (claim.Subject.Type == EntityType.Person || claim.Object.Type == EntityType.Person);

    /// <summary>
    /// The place and "in" token that locate <paramref name="claim"/>: for a claim read in a clause opened by ", where", the
    /// place the clause hangs on ("after two days of talks in Bishkek, where he met Kyrgyz President Sadyr Japarov" →
    /// Bishkek), or one the clause names itself; for a claim before such a clause, a place only before it ("Wang met
    /// Mirziyoyev at the residence outside Tashkent, where the two men discussed … next month's summit in Astana" places
    /// no meeting in Astana). Otherwise the sentence's first place after "in".
    /// </summary>
    private static (int Place, int In)? PlaceOf(SentenceView view, Claim claim, (int Place, int In)? firstPlace, (int Place, int In, int Where)? antecedent)
    {
        if (antecedent is not var (place, at, where))
        {
            return firstPlace;
        }

        int whereStart = view.Token(where).Start;
        if (claim.Start > whereStart)
        {
            return place >= 0 ? (place, at) : firstPlace is var (_, i) && i > where ? firstPlace : null;
        }

        return firstPlace is var (_, k) && k < where && claim.End <= whereStart ? firstPlace : null;
    }

    /// <summary>
    /// The first ", where" of the sentence, with the country or place mention right before it when "in" (or "in the") opens
    /// that mention ("talks in Bishkek, where …"), else -1 for the place and its "in".
    /// </summary>
    private static (int Place, int In, int Where)? WherePlace(SentenceView view)
    {
        if (!view.MayHave("where"))
        {
            return null;
        }

        for (int i = view.First + 2; i < view.End; i++)
        {
            if (!view.Is(i, "where") || !view.Is(i - 1, ","))
            {
                continue;
            }

            int m = view.MentionIndexAt(i - 2);
            if (m >= 0 && view.MentionLast(m) == i - 2 && view.Mention(m).Kind != MentionKind.Demonym && !view.IsPossessive(m)
                && view.Mention(m).Entity.Type is EntityType.Country or EntityType.Place)
            {
                int before = view.MentionFirst(m) - 1;
                int at = view.Is(before, "the") ? before - 1 : before;
                if (view.Is(at, "in"))
                {
                    return (m, at, i);
                }
            }

            return (-1, -1, i);
        }

        return null;
    }

    /// <summary>
    /// The sentence's first place after "in" when the claim's evidence starts before it, else the first one after the
    /// evidence's start, if any ("trips by Baradar, who toured an industrial park in Shenzhen in March, and by Badri, who
    /// met executives of China Metallurgical Group in Beijing" places Badri's meeting in Beijing).
    /// </summary>
    private (int Place, int In)? OwnPlace(SentenceView view, Claim claim, (int Place, int In)? firstPlace)
    {
        if (firstPlace is not var (_, at) || claim.Start <= view.Token(at).Start)
        {
            return firstPlace;
        }

        int from = at + 1;
        while (from < view.End && view.Token(from).Start < claim.Start)
        {
            from++;
        }

        return PlaceAfterIn(view, from) ?? firstPlace;
    }

    /// <summary>The first country or place mention right after "in" (or "in the") from token <paramref name="from"/> on, with the token of "in".</summary>
    private (int Place, int In)? PlaceAfterIn(SentenceView view, int from = -1)
    {
        if (!view.MayHave("in"))
        {
            return null;
        }

        for (int i = Math.Max(from, view.First); i < view.End; i++)
        {
            // "Zhao Xing, China's ambassador in Kabul, met …": a place after a title is the office's post, not a trip.
            if (!view.Is(i, "in") || i > view.First && view.MentionIndexAt(i - 1) < 0 && titles.IsTitleWord(view, i - 1))
            {
                continue;
            }

            // "talks about Russia's military base in Tajikistan": a place after a possessed noun locates the noun;
            // "Officials in Ashgabat cite …": one after the actor noun that opens the sentence locates the actors.
            if (PossessedNounBefore(view, i) || OpeningActors(view, i))
            {
                continue;
            }

            int at = view.Is(i + 1, "the") ? i + 2 : i + 1;
            int m = view.MentionIndexAt(at);
            if (m >= 0 && view.MentionFirst(m) == at && view.Mention(m).Kind != MentionKind.Demonym && !view.IsPossessive(m)
                && view.Mention(m).Entity.Type is EntityType.Country or EntityType.Place)
            {
                return (m, i);
            }
        }

        return null;
    }

    /// <summary>True when an actor noun (claim_cues <c>actors</c>) opens the sentence, after "the" at most, right before "in" at <paramref name="i"/>.</summary>
    private bool OpeningActors(SentenceView view, int i)
    {
        int noun = i - 1;
        return noun >= view.First && view.MentionIndexAt(noun) < 0 && cues.Actors.LongestAt(view, noun) == 1
            && (noun == view.First || noun == view.First + 1 && view.Is(view.First, "the"));
    }

    private const int MaxPossessedWords = 3;

    /// <summary>
    /// True when a possessive name or pronoun stands at most three lower-case words before "in" at <paramref name="i"/>
    /// ("kept its embassy in Kabul"), or right before a body's mention that does ("China's embassy in Kabul").
    /// </summary>
    private static bool PossessedNounBefore(SentenceView view, int i)
    {
        for (int k = i - 1; k >= view.First && i - k <= MaxPossessedWords + 1; k--)
        {
            if (view.MentionIndexAt(k) is >= 0 and var m)
            {
                // "kept its embassy in Kabul" where the possessed noun is itself a body's mention.
                bool ownedBody = m > 0 && view.Mention(m).Entity.Type == EntityType.Organisation && view.AfterMention(m - 1) == view.MentionFirst(m)
                    && (view.IsPossessive(m - 1) || view.IsPossessivePronoun(m - 1));
                return ownedBody || (view.IsPossessive(m) || view.IsPossessivePronoun(m)) && k < i - 1;
            }

            if (view.IsPossessivePronounWord(k))
            {
                return k < i - 1;
            }

            if (view.Token(k).Kind != TokenKind.Word || !view.Token(k).Is(TokenShape.AllLower))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Fills <see cref="home"/> with the countries of the person's curated roles and of the offices the sentence itself
    /// gives the person ("Kyrgyz Economy Minister Daniyar Amangeldiev": a title's claim among <paramref name="claims"/> from
    /// <paramref name="first"/>); false when there are none.
    /// </summary>
    private bool HomeOf(Entity person, IReadOnlyList<Claim> claims, int first)
    {
        home.Clear();
        foreach (PersonRole role in person.Roles)
        {
            if (role.Of is not null && entities(role.Of) is { } body)
            {
                AddHome(body);
            }
        }

        for (int c = first; c < claims.Count; c++)
        {
            if (claims[c].Subject.Id == person.Id && !claims[c].Negated && titled.Contains(claims[c].Predicate))
            {
                AddHome(claims[c].Object);
            }
        }

        return home.Count > 0;
    }

    private void AddHome(Entity body)
    {
        if (CountryOf(body, depth: 1) is { } country && !home.Contains(country.Id))
        {
            home.Add(country.Id);
        }
    }

    /// <summary>
    /// True when one of the person's curated roles is an office "to" the country (its name or the country's own name in
    /// the title: "Ambassador to Afghanistan"): an envoy posted there meets people there without visiting.
    /// </summary>
    private static bool PostedTo(Entity person, Entity country)
    {
        foreach (PersonRole role in person.Roles)
        {
            int to = role.Title.LastIndexOf(" to ", StringComparison.OrdinalIgnoreCase);
            if (to >= 0 && role.Title.AsSpan(to + 4).Trim().Equals(country.Name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entity itself when a country; else the country it is linked to, up to <paramref name="depth"/> links deep.</summary>
    private Entity? CountryOf(Entity entity, int depth = 2)
    {
        if (entity.Type == EntityType.Country)
        {
            return entity;
        }

        if (depth == 0)
        {
            return null;
        }

        foreach (EntityLink link in entity.Links)
        {
            if (Array.IndexOf(CountryLinks, link.Rel) >= 0 && entities(link.To) is { } to && CountryOf(to, depth - 1) is { } country)
            {
                return country;
            }
        }

        return null;
    }
}
