using System.Runtime.InteropServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims.Extraction.Arguments;
using KnowledgeGraph.Relate.Claims.Extraction.Triggers;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Relate.Claims.Extraction.FollowUps;

/// <summary>
/// What an article said earlier that a later sentence refers to by a description. <see cref="Attacker"/>: who carried out
/// the attack it last reported, for a later "condemned the attack": the group or organisation that claimed
/// responsibility ("The Balochistan Liberation Army (BLA) … claimed responsibility"), or the subject of the last attack
/// or killing it states (ATTACKS, KILLS, not negated). <see cref="Accuser"/>: who made the accusation it last reported,
/// for a "rejected the accusation" in one of the next <see cref="AccusationReach"/> sentences read: the subject of its
/// last CRITICIZES claim (not negated) whose trigger is a verb of accusing (claim_cues <c>accusing</c>).
/// <see cref="LastAct"/>: the act the sentence read before stated last, for a "did so" that stands for it
/// (<see cref="ProVerbReader"/>). <see cref="HarmedBefore"/>: the states whose nationals one of the sentences read just
/// before says an attack harmed, for a claimant of it (<see cref="Claimant"/>) in the loaded sentence. Reset for each article; read
/// sentence by sentence in order.
/// </summary>
internal sealed class ArticleMemory
{
    /// <summary>How many sentences read after an accusation a rebuttal may still answer it.</summary>
    public const int AccusationReach = 3;

    private readonly PredicateLexicon lexicon;
    private readonly SubjectFinder subjects;
    private readonly List<Argument> found = [];

    private int read;
    private int accusedAt;
    private Entity? accuser;
    private int actAt;
    private Claim? act;
    private readonly List<Entity> harmed = [];
    private readonly List<Entity> harmedBefore = [];
    private int harmedAt;
    /// <summary>The first words of claim_cues <c>harm_words</c>, looked up once.</summary>
    private readonly string[] harmWords;

    public ArticleMemory(PredicateLexicon lexicon, SubjectFinder subjects)
    {
        this.lexicon = lexicon;
        this.subjects = subjects;
        harmWords = [.. lexicon.Cues.HarmWords.FirstWords];
    }

    /// <summary>The attacker, or null when the article has reported none so far.</summary>
    public Entity? Attacker { get; private set; }

    /// <summary>The accuser, or null when the article has reported no accusation in the last sentences read.</summary>
    public Entity? Accuser => read - accusedAt <= AccusationReach ? accuser : null;

    /// <summary>
    /// The states whose nationals the last sentence that harmed any, among the <see cref="HarmReach"/> read before the
    /// loaded one, says were harmed (<see cref="NoteClaimant"/>).
    /// </summary>
    public IReadOnlyList<Entity> HarmedBefore => harmedBefore;

    /// <summary>How many sentences read after one that harmed a state's nationals a claim of responsibility may still claim it.</summary>
    public const int HarmReach = 3;

    /// <summary>True when one of the last sentences read says an attack harmed a state's nationals, so the next may claim it.</summary>
    public bool HarmNoted => read + 1 - harmedAt <= HarmReach && harmed.Count > 0;

    /// <summary>The mention of the loaded sentence that claimed responsibility, or -1.</summary>
    public int Claimant { get; private set; } = -1;

    /// <summary>Where the words of claiming responsibility start in the loaded sentence, or -1.</summary>
    public int ClaimWord { get; private set; } = -1;

    /// <summary>The act whose evidence ends last among the claims of the sentence read before; null when it stated none.</summary>
    public Claim? LastAct => read - actAt == 1 ? act : null;

    public void Begin()
    {
        Attacker = null;
        accuser = null;
        act = null;
        read = 0;
        harmed.Clear();
        harmedBefore.Clear();
        harmedAt = -HarmReach - 1;
    }

    /// <summary>
    /// Notes the subject of "claimed responsibility" (or "took responsibility", "claimed credit": the first two words of a
    /// <c>responsibility_claims</c> phrase) in the loaded sentence, when it names a group or an organisation, and the
    /// states whose nationals the sentence says were harmed (<see cref="ClaimantVictimReader.IsHarmedNational"/>).
    /// </summary>
    public void NoteClaimant(SentenceView view)
    {
        read++;
        Claimant = -1;
        ClaimWord = -1;
        NoteHarmed(view);
        if (!view.MayHave("responsibility") && !view.MayHave("credit"))
        {
            return;
        }

        for (int i = view.First + 1; i + 1 < view.End; i++)
        {
            if (!TakesResponsibility(view, i))
            {
                continue;
            }

            subjects.Find(view, i, found, out _, allowComma: true, allowConjoined: true);
            foreach (Argument subject in found)
            {
                if (view.Mention(subject.Mention).Entity is { Type: EntityType.Organisation or EntityType.Group } claimant)
                {
                    Attacker = claimant;
                    (Claimant, ClaimWord) = (subject.Mention, i);
                    return;
                }
            }

            // "The Balochistan Liberation Army (BLA), the most powerful of several separatist groups …, claimed
            // responsibility": past a long apposition, the group that opens the sentence.
            if (found.Count == 0 && view.Is(i - 1, ",") && SubjectFinder.OpeningName(view) is >= 0 and var name
                && view.Mention(name).Entity is { Type: EntityType.Organisation or EntityType.Group } opener)
            {
                Attacker = opener;
                (Claimant, ClaimWord) = (name, i);
                return;
            }
        }
    }

    /// <summary>
    /// Notes the sentence's last act, and the subject of the last attack or killing and of the last accusation, among its claims,
    /// <paramref name="claims"/> from <paramref name="first"/> on.
    /// </summary>
    public void NoteClaims(IReadOnlyList<Claim> claims, int first)
    {
        act = null;
        actAt = read;
        for (int c = first; c < claims.Count; c++)
        {
            if (ProVerbReader.IsAct(claims[c]) && (act is null || claims[c].End > act.End))
            {
                act = claims[c];
            }
        }

        bool attack = false, accusation = false;
        for (int c = claims.Count - 1; c >= first && !(attack && accusation); c--)
        {
            Claim claim = claims[c];
            if (!attack && claim is { Predicate: "ATTACKS" or "KILLS", Negated: false })
            {
                Attacker = claim.Subject;
                attack = true;
            }
            else if (!accusation && claim is { Predicate: "CRITICIZES", Negated: false } && Accusing(claim.Trigger))
            {
                accuser = claim.Subject;
                accusedAt = read;
                accusation = true;
            }
        }
    }

    /// <summary>
    /// Keeps the states the last sentence that harmed any harmed, when it is one of the <see cref="HarmReach"/> sentences
    /// read before, and notes those the loaded one harms.
    /// </summary>
    private void NoteHarmed(SentenceView view)
    {
        harmedBefore.Clear();
        if (read - harmedAt <= HarmReach)
        {
            harmedBefore.AddRange(harmed);
        }

        if (!MayHaveHarm(view))
        {
            return;
        }

        int count = 0;
        for (int m = 0; m < view.MentionCount; m++)
        {
            if (ClaimantVictimReader.IsHarmedNational(view, lexicon, m))
            {
                if (count++ == 0)
                {
                    harmed.Clear();
                    harmedAt = read;
                }

                if (!harmed.Contains(view.Mention(m).Entity))
                {
                    harmed.Add(view.Mention(m).Entity);
                }
            }
        }
    }

    /// <summary>False when no word of harm can stand in the loaded sentence (a cheap check of its word shapes).</summary>
    private bool MayHaveHarm(SentenceView view)
    {
        foreach (string word in harmWords)
        {
            if (view.MayHave(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="trigger"/> opens with a verb of accusing ("accused", "blamed").</summary>
    private bool Accusing(string trigger)
    {
        int space = trigger.IndexOf(' ');
        string word = space < 0 ? trigger : trigger[..space];
        foreach (string first in lexicon.Cues.Accusing.FirstWords)
        {
            if (first.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool TakesResponsibility(SentenceView view, int i)
    {
        foreach (var (words, _) in CollectionsMarshal.AsSpan(lexicon.Cues.ResponsibilityClaims.Candidates(view, i)))
        {
            if (words.Length >= 2 && view.Is(i + 1, words[1]))
            {
                return true;
            }
        }

        return false;
    }
}
