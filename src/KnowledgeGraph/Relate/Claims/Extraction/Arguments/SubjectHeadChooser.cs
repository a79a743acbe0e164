using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Lexicon;
using static KnowledgeGraph.Relate.Claims.Extraction.Arguments.SubjectHeads;
using static KnowledgeGraph.Relate.Claims.Extraction.Arguments.SubjectClauses;

namespace KnowledgeGraph.Relate.Claims.Extraction.Arguments;

/// <summary>
/// Chooses the head of a subject left of a verb, from the mention before the verb or the word the bridges end at: the
/// name before a bracketed short form, a relative pronoun's antecedent ("the Taliban, who …"), the head before a comma
/// and an apposition, an actor noun's owner ("Chinese officials"), an organisation's armed members, an actor located in
/// a place; then the body a state after "of" names and the owner of a control noun whose infinitive ends in the name.
/// </summary>
internal sealed class SubjectHeadChooser
{
    private const int MaxActorWords = 3;
    private readonly ClaimCues cues;
    private readonly TitleIndex titles;
    private readonly SubjectActors actors;
    private readonly ConjoinedSubjects conjoined;

    public SubjectHeadChooser(ClaimCues cues, TitleIndex titles, SubjectActors actors, ConjoinedSubjects conjoined)
    {
        this.cues = cues;
        this.titles = titles;
        this.actors = actors;
        this.conjoined = conjoined;
    }

    /// <summary>
    /// The head mention of the subject whose bridges end at token <paramref name="i"/> before the verb at
    /// <paramref name="verb"/>, given the mention <paramref name="m"/> there (-1 when none); -1 when there is none.
    /// <paramref name="allowComma"/> accepts "X, backed by". Also gives the subject's <paramref name="weight"/>, whether
    /// it was taken as an actor's owner (<paramref name="owned"/>) or through an apposition (<paramref name="apposed"/>),
    /// and the comma that closes an apposition before the verb (<paramref name="closingComma"/>, -1 when none).
    /// </summary>
    public int Choose(SentenceView view, int i, int verb, int m, bool allowComma, out float weight, out bool owned, out bool apposed, out int closingComma)
    {
        weight = 1f;
        owned = false;
        apposed = false;
        closingComma = -1;
        if (m < 0 && view.Is(i, ")"))
        {
            // "the Islamic State of Khorasan Province (ISKP) has put out": the name before its bracketed short form.
            m = Abbreviated(view, i);
        }
        else if (m < 0 && GrammarWords.Relatives.StartsAt(view, i))
        {
            int before = view.Is(i - 1, ",") ? i - 2 : i - 1;
            // "The Tehreek-e-Taliban Pakistan (TTP), which has waged": the name before its bracketed short form.
            m = NamedEndingAt(view, before);
            m = m < 0 ? actors.KindNamed(view, before) : m;
            // "worked on the Dasu hydropower project, which is being built by …": a project before a comma and the relative
            // is its antecedent whatever preposition governs it (a place there may only locate the noun before it).
            // "through the Wakhan Corridor, which borders Xinjiang": a verb only a place does (claim_cues place_verbs) has the
            // place before the comma and the relative as its subject whatever governs it too.
            apposed = m >= 0 && before == i - 2 && (view.Mention(m).Entity.Type == EntityType.Project || conjoined.RelativeAfterPartyPhrase(view, m)
                || view.Mention(m).Entity.Type is EntityType.Place or EntityType.Country && view.Mention(m).Kind != MentionKind.Demonym && cues.PlaceVerbs.StartsAt(view, verb));
            if (m >= 0 && view.Mention(m).Entity.Type == EntityType.Place && LocatedSite(view, m) is >= 0 and var site)
            {
                // "the Dushanzi refinery in Xinjiang, which is run by PetroChina": the place locates the site named before it.
                m = site;
                apposed = true;
            }

            if (m < 0)
            {
                // "Venezuela, a country that owes China": the name the relative's noun is in apposition to.
                m = ApposedHead(view, before);
                apposed = m >= 0;
            }
            else if (before == i - 1 && actors.PlaceOfApposedPlace(view, m) is >= 0 and var whole)
            {
                // "the Wakhan Corridor, the narrow strip of Badakhshan that borders China": the place a place's noun
                // describes, not the whole its "of" names.
                m = whole;
                apposed = true;
            }

            if (m < 0 && (cues.Instruments.StartsAt(view, before) || cues.Actors.StartsAt(view, before)))
            {
                // "the U.S. drone strike that killed al-Qaida leader Ayman al-Zawahri": the strike's owner; "other Chinese
                // companies that had invested heavily in the region": the actors' owner.
                m = actors.ActorOwner(view, before);
                owned = m >= 0;
            }

            // "Eswatini is the only country in Africa that recognizes Taiwan", "Pakistan was among the first countries
            // that recognized the Taliban": the name a copula says the relative's noun is.
            if ((m < 0 || GrammarWords.Prepositions.StartsAt(view, view.MentionFirst(m) - 1)) && CopulaSubject(view, before) is >= 0 and var said)
            {
                m = said;
                apposed = true;
            }

            weight = 0.9f;
        }
        else if (m < 0 && view.Is(i, ",") && VerbShapes.IsIngWord(view, i + 1) && i + 1 <= verb)
        {
            // "ISKP gunmen stormed a Kabul hotel, wounding five Chinese citizens", "The Sindhudesh Revolutionary Army, a
            // small separatist group …, claimed the attack …, saying": a participle after the main clause and a comma has
            // that clause's subject, the sentence's first name, never a name inside the clause's object or adverbials
            // ("… used by a Chinese gold mining company, Golden Valley Mining, killing").
            closingComma = i;
            m = conjoined.SentenceSubject(view, i);
            if (m < 0 && actors.BeforeApposition(view, i) is >= 0 and var speaker && view.AfterMention(speaker) is var after && after < i
                && view.Is(after, ",") && VerbShapes.IsLowerWord(view, after + 1) && !GrammarWords.Prepositions.StartsAt(view, after + 1))
            {
                // "… ," its chief spokesman, Zabihullah Mujahid, said on X, urging": a name in apposition whose own verb
                // follows it heads the clause the participle closes.
                m = speaker;
            }

            weight = 0.8f;
        }
        else if (m < 0 && view.Is(i, ","))
        {
            closingComma = i;
            m = allowComma ? EndingAt(view, i - 1) : -1;
            m = m >= 0 && ReducedPassiveHead(view, m) is >= 0 and var described ? described : m;
            m = m < 0 && allowComma ? actors.KindNamed(view, i - 1) : m;
            if (m < 0 && allowComma && cues.Actors.StartsAt(view, i - 1))
            {
                // "The Syrian regime, backed by Russia and Iran": the actor noun's owner before the comma.
                m = actors.ActorOwner(view, i - 1);
            }

            if (m < 0)
            {
                m = actors.BeforeApposition(view, i);
            }

            weight = 0.85f;
        }
        else if (m < 0 && i == verb - 1 && VerbShapes.IsIngWord(view, verb) && VerbShapes.IsLowerWord(view, i) && ApposedHead(view, i) is >= 0 and var described)
        {
            // "Uzbekistan, a landlocked country bordering Afghanistan": a participle after an apposition's noun has the
            // name the apposition describes.
            m = described;
            apposed = true;
            weight = 0.85f;
        }
        else if (m < 0 && cues.PresenceUnits.LongestAt(view, i) == 1 && EndingAt(view, i - 1) is >= 0 and var armed
            && view.Mention(armed).Entity.Type == EntityType.Organisation && view.Mention(armed).Kind != MentionKind.Demonym)
        {
            // "ISKP gunmen wounded five Chinese nationals": an organisation's armed members act for it.
            m = armed;
            weight = 0.85f;
        }
        else if (m < 0 && (cues.Actors.StartsAt(view, i) || cues.Instruments.StartsAt(view, i) || OfficeWord(view, i)
            || cues.Actors.StartEndingAt(view, i, MaxActorWords) >= 0))
        {
            // "Chinese state media praised": an actor phrase of several words ends before the verb.
            m = actors.ActorOwner(view, i);
            // "Bolton is just the latest U.S. official to ring alarm bells": the person the phrase is said of acts.
            m = m >= 0 && CopulaPerson(view, view.MentionFirst(m)) is >= 0 and var person ? person : m;
            weight = 0.8f;
        }
        else if (m >= 0 && actors.LocatedActor(view, m) is >= 0 and var located)
        {
            // "ISIL fighters in Mosul attacked", "The Taliban in Kandahar attacked": the place only locates the actor before it.
            m = located;
            weight = 0.85f;
        }
        else if (m >= 0 && (view.IsPossessive(m) || !IsUsableHead(view, m)))
        {
            m = -1;
        }

        // "The Central Bank of Nigeria signed": a state after "of" names the body before it, which acts.
        if (m >= 0 && view.Is(view.MentionFirst(m) - 1, "of") && view.MentionIndexAt(view.MentionFirst(m) - 2) is var body and >= 0 && body == m - 1
            && view.Mention(body).Entity.Type == EntityType.Organisation && view.Mention(body).Kind == MentionKind.Discovered && !view.IsPossessive(body))
        {
            m = body;
        }

        // "Moscow's decision in July to recognise the Taliban drew criticism": a name ending an infinitive after a control
        // noun is that verb's object; the noun's possessor heads the subject.
        if (m >= 0 && actors.InfinitiveObjectOwner(view, m) is >= 0 and var controller)
        {
            m = controller;
            weight = Math.Min(weight, 0.8f);
        }

        return m;
    }

    /// <summary>A role title's word acting for its body (<see cref="SubjectFinder.OfficeWord(SentenceView, int, TitleIndex)"/>).</summary>
    private bool OfficeWord(SentenceView view, int i) => SubjectFinder.OfficeWord(view, i, titles);
}
