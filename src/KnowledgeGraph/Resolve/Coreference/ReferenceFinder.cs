using KnowledgeGraph.Gazetteer;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Resolve.Coreference;

/// <summary>
/// Reads the reference that starts at a token (a pronoun, a possessive, a description, "the" with a demonym and a
/// title) and resolves it: to the subject after an opening phrase, to the country of "his country", to the two
/// others of "its two neighbours", or to the antecedent <see cref="AntecedentChooser"/> picks among the candidates.
/// </summary>
internal sealed class ReferenceFinder
{
    private readonly CandidateBuilder builder;
    private readonly ReferenceWords words;
    private readonly ExpletiveIt expletive;
    private readonly ClauseAnchors anchors;
    private readonly RelationParties parties;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> credentials;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ownCountry;
    private readonly RuledStates? states;
    private readonly BodyRoleModifier bodyRoles;
    private readonly StateForces? forces;
    private readonly NameNounAntecedent nameNouns;
    private readonly CompanyHomes? homes;

    public ReferenceFinder(CoreferenceCues cues, CandidateBuilder builder, RuledStates? states = null, StateForces? forces = null, CompanyHomes? homes = null)
    {
        this.builder = builder;
        this.homes = homes;
        this.states = states;
        this.forces = forces;
        words = new ReferenceWords(cues);
        expletive = new ExpletiveIt(cues.Expletive);
        anchors = new ClauseAnchors(cues);
        parties = new RelationParties(builder);
        bodyRoles = new BodyRoleModifier(cues);
        nameNouns = new NameNounAntecedent(cues);
        credentials = new HashSet<string>(cues.Credentials, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        ownCountry = new HashSet<string>(cues.OwnCountry, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The reference starting at token <paramref name="t"/>, if one resolves; <paramref name="last"/> is its last token.
    /// A plural pronoun right after an unnamed plural subject (<paramref name="unnamedPluralBefore"/>: "Guerrillas
    /// killed an engineer. They also killed …") refers to those people and resolves to no entity.
    /// </summary>
    internal Reference? Find(
        Paragraph paragraph, int t, int limit, Sentence sent, int s, int sentence, List<AntecedentCandidate> candidates,
        List<AntecedentCandidate> older, Dictionary<string, int> named, PersonTitles titles, bool unnamedPluralBefore, out int last)
    {
        last = t;
        CoreferenceRule? rule = words.Pronoun(paragraph, t);
        if (rule is { Plural: true } && unnamedPluralBefore)
        {
            return null;
        }

        // "the two sides said they would": the parties of a description of several just before, in its sentence.
        if (rule is { Plural: true } && SharedPlural.Find(paragraph, t, s, sent, rule, builder) is { } shared)
        {
            return shared;
        }

        string[] ruleWords = [];
        int end = t + 1;
        if (rule is null)
        {
            if (words.Description(paragraph, t, limit, sent.TokenEnd) is { } description)
            {
                (rule, end) = description;
                ruleWords = Words(paragraph, t + 1, end);
                last = end - 1;
            }
            else if (bodyRoles.At(paragraph, t, sent.TokenStart, limit) is { } bodyRule)
            {
                // "ministry spokesman Humayoon Afghan": the bare noun alone is the reference.
                rule = bodyRule;
                ruleWords = Words(paragraph, t, t + 1);
            }
            else
            {
                // "the Caspian Pipeline Consortium … the consortium": a noun no entry lists, the last of a name in reach.
                return nameNouns.Find(paragraph, t, limit, sent, s, sentence, candidates, out last);
            }
        }
        else if (paragraph.Span(paragraph.Tokens[t]).Equals("it", StringComparison.OrdinalIgnoreCase)
            && expletive.IsExpletive(paragraph, t, sent.TokenStart, sent.TokenEnd))
        {
            return null;
        }

        if (rule.Kind == ReferenceKind.Possessive && Cataphor(paragraph, t, sent, s, rule) is { } forward)
        {
            return forward;
        }

        bool objectPronoun = rule.Kind == ReferenceKind.Pronoun && IsObjectForm(paragraph.Span(paragraph.Tokens[t]));
        bool subject = rule.Kind != ReferenceKind.Possessive && (t == sent.TokenStart || paragraph.Tokens[t - 1].Kind == TokenKind.Punctuation);
        var at = (paragraph.Tokens[t].Start, paragraph.Tokens[end - 1].End, t, end, s);
        int controller = rule.Kind == ReferenceKind.Possessive ? anchors.Controller(paragraph, t, s, sent.TokenStart) : -1;
        controller = controller < 0 && rule.Kind == ReferenceKind.Possessive ? ClauseAnchors.RelativeAntecedent(paragraph, t, s, sent.TokenStart) : controller;
        int reporter = rule.Kind is ReferenceKind.Pronoun or ReferenceKind.Possessive && !objectPronoun ? anchors.Reporter(paragraph, t, s, sent, rule.Kind == ReferenceKind.Possessive)
            : rule.Kind == ReferenceKind.Description ? ClauseAnchors.ApposedPossessor(paragraph, t, s) : -1;
        bool locatedAfter = rule.Kind == ReferenceKind.Description && PlaceAfterIn(paragraph, end, sent.TokenEnd);
        // "the credentials of its ambassador": the sender is named in the sentence, and the subject receives them.
        bool credentialed = rule.Kind == ReferenceKind.Possessive && t > sent.TokenStart + 2 && paragraph.Span(paragraph.Tokens[t - 1]) is "of"
            && credentials.Contains(paragraph.Span(paragraph.Tokens[t - 2]));
        bool objectDescription = rule.Kind == ReferenceKind.Description && !subject
            && !(end < sent.TokenEnd && builder.IsSubjectBefore(paragraph.Span(paragraph.Tokens[end])));
        Entity? leftOut = credentialed ? Receiver(candidates, sentence)
            : rule is { Count: 2, Kind: ReferenceKind.Description } && t > sent.TokenStart + 2
            && anchors.IsArgumentOpener(paragraph.Span(paragraph.Tokens[t - 1])) ? RelationPossessor.Find(paragraph, t, s, sent.TokenStart)
            : rule is { Count: 1, Nearest: false, Title: false } && objectDescription
                ? OwnClauseSubject.Find(paragraph, candidates, sentence,
                    Math.Max(anchors.ClauseStart(paragraph, t, sent.TokenStart), anchors.OwnClauseStart(paragraph, t, sent.TokenStart)), paragraph.Tokens[t].Start)
                : null;
        Reference? found = AntecedentChooser.Choose(rule, ruleWords, credentialed ? candidates.FindAll(c => c.Sentence == sentence) : candidates,
            titles, sentence, objectPronoun, subject, at,
            locatedAfter: locatedAfter,
            clauseStart: controller >= 0 ? controller : objectPronoun || rule.Kind == ReferenceKind.Possessive ? anchors.ClauseStart(paragraph, t, sent.TokenStart)
                : rule is { Count: 2, Kind: ReferenceKind.Description } ? anchors.OwnClauseStart(paragraph, t, sent.TokenStart) : -1,
            controlled: controller >= 0, reporter: reporter, named: named, argument: rule.Count == 2 && anchors.Argument(paragraph, t, sent.TokenStart)
                && !parties.Between(paragraph, t, sent.TokenStart),
            objectDescription: objectDescription,
            excluded: leftOut, paragraph: paragraph.Index, opensSentence: t == sent.TokenStart, states: states);
        // "… Nurzhan Abdikarimov, said in a statement that … He urged": "he" or "she" opening its sentence continues the
        // subject of the sentence before in its paragraph, the only person named there, when the choice above is unsure.
        if (found is not { IsSure: true } && !objectPronoun && t == sent.TokenStart
            && PreviousSubject.Find(rule, candidates, sentence, paragraph.Index) is { } previous)
        {
            return AntecedentChooser.Make(rule, previous, [], MathF.Min(AntecedentChooser.Clear, previous.Confidence), at);
        }

        // "Muttaqi … said the Islamic Emirate would not let …, but he rejected": a pronoun shortly after ", and" or ", but"
        // continues the sentence's own subject when the choice above is unsure (expletive "it" was left out above).
        if (found is not { IsSure: true } && !objectPronoun && AfterJoinedClause(paragraph, t, sent.TokenStart)
            && PreviousSubject.FindConjoined(rule, candidates, sentence, paragraph.Tokens[t].Start) is { } own)
        {
            return AntecedentChooser.Make(rule, own, [], MathF.Min(AntecedentChooser.Clear, own.Confidence), at);
        }

        // "The BLA … claimed responsibility … It said it had targeted": "it" opening its sentence before a verb continues the
        // sentence before's one subject that fits, when the choice above is unsure; not before a copula ("It was his third trip"),
        // which does not touch "Its" opening its sentence ("Its foreign ministry said …").
        if (found is not { IsSure: true } && t == sent.TokenStart
            && (rule.Kind == ReferenceKind.Possessive || !anchors.CopulaAfter(paragraph, t, sent.TokenEnd))
            && PreviousSubject.FindThing(rule, candidates, sentence, paragraph.Index) is { } thing)
        {
            return AntecedentChooser.Make(rule, thing, [], MathF.Min(AntecedentChooser.Clear, thing.Confidence), at);
        }

        // "its foreign minister, Jeenbek Kulubaev,": the body the apposed person serves, when the choice above is unsure.
        if (rule.Kind == ReferenceKind.Possessive && found is not { IsSure: true } && ServedBody.Find(paragraph, t, sent, rule, candidates, sentence) is { } served)
        {
            return AntecedentChooser.Make(rule, served, [], AntecedentChooser.Clear, at);
        }

        // "fearing a backlash … from the army": no force so named is near, so the force of the article's state.
        if (found is null && forces is not null && ruleWords.Length > 0 && forces.Applies(rule, ruleWords[^1]))
        {
            return forces.Find(rule, ruleWords[^1], candidates, older, named, leftOut, at);
        }

        if (found is null && !locatedAfter && KindAntecedent.Applies(rule))
        {
            // "the canal" paragraphs after "the Qosh Tepa canal": the article's only canal.
            return KindAntecedent.Choose(rule, older, candidates, sentence, at);
        }

        if (found is { Kind: ReferenceKind.Possessive } && found.Entity.Type == EntityType.Person && t + 1 < sent.TokenEnd
            && ownCountry.Contains(paragraph.Span(paragraph.Tokens[t + 1])) && OwnCountry(paragraph, found, candidates) is { } country)
        {
            last = t + 1;
            return new Reference
            {
                Start = found.Start,
                End = paragraph.Tokens[t + 1].End,
                TokenStart = t,
                TokenEnd = t + 2,
                Sentence = s,
                Kind = ReferenceKind.Description,
                Entity = country.Entity,
                Antecedent = country.Mention,
                AntecedentParagraph = country.Paragraph,
                Confidence = found.Confidence,
            };
        }

        // "China's mediation between its two neighbours": a description of two after a possessive are the two the
        // article names besides the possessor.
        if (found is { Kind: ReferenceKind.Possessive } && words.PairAfter(paragraph, t + 1, limit, sent.TokenEnd) is { } pair)
        {
            var span = (paragraph.Tokens[t].Start, paragraph.Tokens[pair.End - 1].End, t, pair.End, s);
            Reference? others = AntecedentChooser.Choose(pair.Rule, Words(paragraph, t + 1, pair.End), candidates, titles, sentence, false, false, span,
                named: named, argument: anchors.Argument(paragraph, t, sent.TokenStart), excluded: found.Entity, states: states);
            if (others is not null)
            {
                last = pair.End - 1;
                return others;
            }
        }

        return found;
    }

    /// <summary>
    /// "the Chinese leader", "the Afghan president": "the", a country's demonym and a title description refer to a
    /// person who holds the title and serves that country (<see cref="PersonTitles.Serves"/>); the demonym is then part
    /// of the reference, not a party of its own. "the Chinese company" (a description marked `after_demonym`) refers as
    /// "the company" would, and keeps the demonym as the company's nationality. Null when no such antecedent is near, and
    /// the demonym reads as before.
    /// </summary>
    internal Reference? DemonymTitle(
        Paragraph paragraph, int t, int m, Sentence sent, int s, int sentence, List<AntecedentCandidate> candidates, PersonTitles titles, out int last)
    {
        last = t;
        List<Mention> mentions = paragraph.Mentions;
        if (m >= mentions.Count || mentions[m] is not { Kind: MentionKind.Demonym } demonym || demonym.TokenStart != t + 1
            || demonym.Entity.Type != EntityType.Country || demonym.TokenEnd >= sent.TokenEnd
            || !paragraph.Span(paragraph.Tokens[t]).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        int limit = m + 1 < mentions.Count ? Math.Min(mentions[m + 1].TokenStart, sent.TokenEnd) : sent.TokenEnd;
        if (words.TitleAt(paragraph, demonym.TokenEnd, limit, sent.TokenEnd) is not { } title)
        {
            return null;
        }

        (CoreferenceRule rule, int end) = title;
        if (!rule.Title && t > sent.TokenStart && paragraph.Span(paragraph.Tokens[t - 1]) is ",")
        {
            // "IPGL, the Indian state-owned company that …": an apposition, read by the claim rules with its demonym.
            return null;
        }

        if (!rule.Title && homes is not null)
        {
            candidates = Agreeing(homes, candidates, demonym.Entity);
        }

        bool subject = t == sent.TokenStart || paragraph.Tokens[t - 1].Kind == TokenKind.Punctuation;
        var at = (paragraph.Tokens[t].Start, paragraph.Tokens[end - 1].End, t, end, s);
        Reference? reference = AntecedentChooser.Choose(
            rule, Words(paragraph, demonym.TokenEnd, end), candidates, titles, sentence, objectPronoun: false, subject, at,
            rule.Title ? (demonym.Entity, paragraph.Text[demonym.Start..demonym.End]) : null);
        if (reference is null)
        {
            return null;
        }

        last = end - 1;
        reference.Nationality = demonym;
        return reference;
    }

    /// <summary>
    /// The candidates a company description after <paramref name="country"/>'s demonym may mean: those whose own name writes
    /// that country ("ZTE was installing a wireless telephone system for Kazakhtelecom, while the Kazakh company chose" is
    /// Kazakhtelecom), else those whose name writes no other country (<see cref="CompanyHomes"/>). A loop, not a lambda:
    /// <see cref="DemonymTitle"/> runs at every token, and a closure over its locals would be allocated at each call.
    /// </summary>
    private static List<AntecedentCandidate> Agreeing(CompanyHomes homes, List<AntecedentCandidate> candidates, Entity country)
    {
        var homed = new List<AntecedentCandidate>();
        var agreeing = new List<AntecedentCandidate>();
        foreach (AntecedentCandidate candidate in candidates)
        {
            if (homes.Home(candidate.Entity) == country.Id)
            {
                homed.Add(candidate);
            }

            if (homes.Agrees(candidate.Entity, country))
            {
                agreeing.Add(candidate);
            }
        }

        return homed.Count > 0 ? homed : agreeing;
    }

    /// <summary>
    /// "In his speech, Xi said …", "Its economy weakened, Laos …": a possessive in a sentence's opening phrase refers to
    /// the mention right after the phrase's comma when that mention fits.
    /// </summary>
    private Reference? Cataphor(Paragraph paragraph, int t, Sentence sent, int s, CoreferenceRule rule)
    {
        if (t > sent.TokenStart + 1 || t == sent.TokenStart + 1 && !builder.IsNotSubjectAfter(paragraph.Span(paragraph.Tokens[sent.TokenStart])))
        {
            return null;
        }

        int comma = t + 1;
        while (comma < sent.TokenEnd && comma <= t + 8 && paragraph.Span(paragraph.Tokens[comma]) is not ",")
        {
            comma++;
        }

        if (comma >= sent.TokenEnd || comma > t + 8)
        {
            return null;
        }

        Mention? subject = paragraph.Mentions.Find(m => m.TokenStart == comma + 1);
        // "Its national gas company, QazaqGaz, co-owns …": a name set off by a second comma is in apposition to the phrase
        // the possessive opens, not the subject it anticipates ("Its economy in tatters, Pakistan turned to the IMF").
        if (subject is null || rule.Fit(subject.Entity) < 0 || subject.Kind == MentionKind.Demonym
            || subject.TokenEnd < sent.TokenEnd && paragraph.Span(paragraph.Tokens[subject.TokenEnd]) is ",")
        {
            return null;
        }

        return new Reference
        {
            Start = paragraph.Tokens[t].Start,
            End = paragraph.Tokens[t].End,
            TokenStart = t,
            TokenEnd = t + 1,
            Sentence = s,
            Kind = rule.Kind,
            Entity = subject.Entity,
            Antecedent = subject,
            AntecedentParagraph = paragraph.Index,
            Confidence = CoreferenceResolver.CataphorConfidence,
        };
    }

    /// <summary>
    /// The country of "his country": the person <paramref name="person"/> resolved to serves it by a curated role (the
    /// latest candidate of that country), or its demonym or name ends at most <see cref="PersonTitles.Reach"/> + 1
    /// tokens before the person's mention ("Chinese Ambassador to Afghanistan Wang Yu" is not Afghanistan's: the
    /// curated role comes first; "Kazakh President Kassym-Jomart Tokayev"). Null when neither is in the window.
    /// </summary>
    private static AntecedentCandidate? OwnCountry(Paragraph paragraph, Reference person, List<AntecedentCandidate> candidates)
    {
        foreach (PersonRole role in person.Entity.Roles)
        {
            for (int i = candidates.Count - 1; i >= 0; i--)
            {
                if (candidates[i].Entity.Type == EntityType.Country && string.Equals(candidates[i].Entity.Id, role.Of, StringComparison.Ordinal))
                {
                    return candidates[i];
                }
            }
        }

        Mention named = person.Antecedent;
        for (int i = candidates.Count - 1; i >= 0; i--)
        {
            AntecedentCandidate c = candidates[i];
            if (c.Paragraph == person.AntecedentParagraph && !c.Chained && c.Entity.Type == EntityType.Country && c.Mention.Sentence == named.Sentence
                && c.Mention.TokenEnd <= named.TokenStart && named.TokenStart - c.Mention.TokenEnd <= PersonTitles.Reach + 1)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>The subject of sentence <paramref name="sentence"/> that receives an envoy's credentials, or null.</summary>
    private static Entity? Receiver(List<AntecedentCandidate> candidates, int sentence)
    {
        Entity? subject = null;
        for (int i = candidates.Count - 1; i >= 0 && candidates[i].Sentence == sentence; i--)
        {
            subject = candidates[i] is { Chained: false, Subject: true } c ? c.Entity : subject;
        }

        return subject;
    }

    /// <summary>True when "in" and a country or place mention follow token <paramref name="end"/> ("the port in Gwadar").</summary>
    private static bool PlaceAfterIn(Paragraph paragraph, int end, int sentenceEnd)
    {
        if (end + 1 >= sentenceEnd || !paragraph.Span(paragraph.Tokens[end]).Equals("in", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (Mention mention in paragraph.Mentions)
        {
            if (mention.TokenStart == end + 1)
            {
                return mention.Entity.Type is EntityType.Place or EntityType.Country;
            }
        }

        return false;
    }

    private static bool IsObjectForm(ReadOnlySpan<char> word) =>
        word.Equals("him", StringComparison.OrdinalIgnoreCase) || word.Equals("them", StringComparison.OrdinalIgnoreCase);

    private static string[] Words(Paragraph paragraph, int start, int end)
    {
        var list = new string[end - start];
        for (int i = start; i < end; i++)
        {
            list[i - start] = paragraph.Text[paragraph.Tokens[i].Start..paragraph.Tokens[i].End];
        }

        return list;
    }

    /// <summary>
    /// True when the nearest "and" or "but" at most eight tokens before token <paramref name="t"/>, in its sentence, follows
    /// a comma and no capitalised word stands between it and the pronoun: the pronoun opens a joined clause as its subject
    /// ("…, and in his speech he accused"), not the object of a clause with a subject of its own ("…, and eventually the
    /// Russians conquered it", "…, but the USSR annexed it in 1940").
    /// </summary>
    private static bool AfterJoinedClause(Paragraph paragraph, int t, int sentStart)
    {
        for (int j = t - 1; j > sentStart && j >= t - 8; j--)
        {
            if (paragraph.Span(paragraph.Tokens[j]) is "and" or "but")
            {
                return paragraph.Span(paragraph.Tokens[j - 1]) is ",";
            }

            if (char.IsUpper(paragraph.Span(paragraph.Tokens[j])[0]))
            {
                return false;
            }
        }

        return false;
    }
}
