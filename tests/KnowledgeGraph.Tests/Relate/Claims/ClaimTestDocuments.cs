using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims;
using KnowledgeGraph.Relate.Claims.Eval;
using KnowledgeGraph.Relate.Claims.Lexicon;

namespace KnowledgeGraph.Tests.Relate.Claims;

/// <summary>
/// Builds documents for claim tests: the production normaliser, tokeniser, sentence splitter and language model
/// (tagging and parsing on demand, as a build does), then mentions placed from
/// "surface=id" or "surface=id:kind" specs (kind: name, demonym, metonym, partial, acronym) over <see cref="Entities"/>.
/// </summary>
internal static class ClaimTestDocuments
{
    private static readonly Lazy<PredicateLexicon> SharedLexicon = new(() =>
        PredicateLexiconLoader.Load(RepoPaths.Of("gazetteers/predicates.yaml"), new DiagnosticBag()));

    public static PredicateLexicon Lexicon => SharedLexicon.Value;

    /// <summary>The shipped language model, loaded once: claim test documents are tagged and parsed on demand as in a build.</summary>
    private static readonly Lazy<KnowledgeGraph.Syntax.SyntaxModel> SharedSyntax = new(() =>
        KnowledgeGraph.Syntax.SyntaxModel.Load(RepoPaths.Of("models/kg-en.model")));

    /// <summary>Entities the tests use, by id.</summary>
    public static IReadOnlyDictionary<string, Entity> Entities { get; } = new Dictionary<string, Entity>
    {
        ["china"] = Make("china", "China", EntityType.Country),
        ["russia"] = Make("russia", "Russia", EntityType.Country),
        ["pakistan"] = Make("pakistan", "Pakistan", EntityType.Country),
        ["afghanistan"] = Make("afghanistan", "Afghanistan", EntityType.Country),
        ["united-states"] = Make("united-states", "United States", EntityType.Country),
        ["kazakhstan"] = Make("kazakhstan", "Kazakhstan", EntityType.Country),
        ["uzbekistan"] = Make("uzbekistan", "Uzbekistan", EntityType.Country),
        ["tajikistan"] = Make("tajikistan", "Tajikistan", EntityType.Country),
        ["iran"] = Make("iran", "Iran", EntityType.Country),
        ["india"] = Make("india", "India", EntityType.Country),
        ["taliban"] = Make("taliban", "Taliban", EntityType.Organisation),
        ["tip"] = Make("tip", "Turkestan Islamic Party", EntityType.Organisation),
        ["iskp"] = Make("iskp", "Islamic State Khorasan Province", EntityType.Organisation),
        ["sco"] = Make("sco", "Shanghai Cooperation Organisation", EntityType.Organisation),
        ["huawei"] = Make("huawei", "Huawei", EntityType.Organisation),
        ["mes-aynak"] = Make("mes-aynak", "Mes Aynak", EntityType.Project),
        ["kabul"] = Make("kabul", "Kabul", EntityType.Place),
        ["tianjin"] = Make("tianjin", "Tianjin", EntityType.Place),
        ["abdul-ghani-baradar"] = Make("abdul-ghani-baradar", "Abdul Ghani Baradar", EntityType.Person),
        ["wang-yi"] = Make("wang-yi", "Wang Yi", EntityType.Person),
        ["xi-jinping"] = Make("xi-jinping", "Xi Jinping", EntityType.Person),
        ["wang-yu"] = Make("wang-yu", "Wang Yu", EntityType.Person),
        ["vladimir-putin"] = Make("vladimir-putin", "Vladimir Putin", EntityType.Person),
        ["abdul-haq"] = Make("abdul-haq", "Abdul Haq", EntityType.Person),
        ["li-peng"] = Make("li-peng", "Li Peng", EntityType.Person),
        ["jack-ma"] = Make("jack-ma", "Jack Ma", EntityType.Person),
        ["vladimir-norov"] = Make("vladimir-norov", "Vladimir Norov", EntityType.Person),
        ["nooruddin-azizi"] = Make("nooruddin-azizi", "Nooruddin Azizi", EntityType.Person),
        ["alibaba"] = Make("alibaba", "Alibaba", EntityType.Organisation),
        ["islam-karimov"] = Make("islam-karimov", "Islam Karimov", EntityType.Person),
        ["zte"] = Make("zte", "ZTE", EntityType.Organisation),
        ["wagner"] = Make("wagner", "Wagner Group", EntityType.Organisation),
        ["mali"] = Make("mali", "Mali", EntityType.Country),
        ["ukraine"] = Make("ukraine", "Ukraine", EntityType.Country),
        ["israel"] = Make("israel", "Israel", EntityType.Country),
        ["turkmenistan"] = Make("turkmenistan", "Turkmenistan", EntityType.Country),
        ["hizbollah"] = Make("hizbollah", "Hizbollah", EntityType.Organisation),
        ["gchq"] = Make("gchq", "GCHQ", EntityType.Organisation),
        ["ttp"] = Make("ttp", "Tehreek-e-Taliban Pakistan", EntityType.Organisation),
        ["islamic-state"] = Make("islamic-state", "Islamic State", EntityType.Organisation),
        ["al-qaeda"] = Make("al-qaeda", "al-Qaeda", EntityType.Organisation),
        ["republic-government"] = Make("republic-government", "Islamic Republic of Afghanistan", EntityType.Organisation),
        ["xinjiang"] = Make("xinjiang", "Xinjiang", EntityType.Place),
        ["central-asia"] = Make("central-asia", "Central Asia", EntityType.Place),
        ["ayman-al-zawahiri"] = Make("ayman-al-zawahiri", "Ayman al-Zawahiri", EntityType.Person),
        ["robert-hannigan"] = Make("robert-hannigan", "Robert Hannigan", EntityType.Person),
        ["shavkat-mirziyoyev"] = Make("shavkat-mirziyoyev", "Shavkat Mirziyoyev", EntityType.Person),
        ["kassym-jomart-tokayev"] = Make("kassym-jomart-tokayev", "Kassym-Jomart Tokayev", EntityType.Person),
        ["china-daily"] = Make("china-daily", "China Daily", EntityType.Organisation),
        ["sergey-lavrov"] = Make("sergey-lavrov", "Sergey Lavrov", EntityType.Person),
        ["zimbabwe"] = Make("zimbabwe", "Zimbabwe", EntityType.Country),
        ["africa"] = Make("africa", "Africa", EntityType.Place),
        ["bolivia"] = Make("bolivia", "Bolivia", EntityType.Country),
        ["evo-morales"] = Make("evo-morales", "Evo Morales", EntityType.Person),
        ["movement-toward-socialism"] = Make("movement-toward-socialism", "Movement Toward Socialism", EntityType.Organisation),
        ["spain"] = Make("spain", "Spain", EntityType.Country),
        ["francisco-macias-nguema"] = Make("francisco-macias-nguema", "Francisco Macias Nguema", EntityType.Person),
        ["hamid-karzai"] = Make("hamid-karzai", "Hamid Karzai", EntityType.Person),
        ["charles-fillmore"] = Make("charles-fillmore", "Charles J. Fillmore", EntityType.Person),
        ["linguistic-society-of-america"] = Make("linguistic-society-of-america", "Linguistic Society of America", EntityType.Organisation),
        ["alpha-oumar-konare"] = Make("alpha-oumar-konare", "Alpha Oumar Konare", EntityType.Person),
        ["ibrahim-boubacar-keita"] = Make("ibrahim-boubacar-keita", "Ibrahim Boubacar Keita", EntityType.Person),
        ["george-weah"] = Make("george-weah", "George Weah", EntityType.Person),
        ["liberia"] = Make("liberia", "Liberia", EntityType.Country),
    };

    /// <summary>A one-paragraph document of <paramref name="text"/> with mentions from the specs.</summary>
    public static Document Build(string text, string? articleDate, params string[] mentions)
    {
        var paragraph = new Paragraph { Text = text, Role = LineRole.Body, Index = 0 };
        Document doc = TestDocuments.WithParagraphs(ContentHash.Of(text), new ArticleMeta { Date = articleDate }, paragraph);
        // The production Text stages, as a build runs them: there is no second tokeniser.
        new KnowledgeGraph.Text.Normaliser().Process(doc);
        new KnowledgeGraph.Text.Tokeniser().Process(doc);
        new KnowledgeGraph.Text.SentenceSplitter().Process(doc);
        new KnowledgeGraph.Syntax.SyntaxAnnotator(SharedSyntax.Value).Process(doc);
        SurfaceMentionPlacer.Place(paragraph, mentions.Select(Parse));
        return doc;
    }

    /// <summary>Runs the claim stage over a document built from the text and mention specs; returns its claims.</summary>
    public static IReadOnlyList<Claim> Extract(string text, params string[] mentions)
    {
        Document doc = Build(text, null, mentions);
        new ClaimExtractor(Lexicon).Process(doc);
        return doc.Paragraphs[0].Claims;
    }

    /// <summary>Claims as "subject PREDICATE object" strings, with " (negated)" / " (hedged)" appended when set.</summary>
    public static string[] Triples(IReadOnlyList<Claim> claims) =>
        [.. claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id}{(c.Negated ? " (negated)" : "")}{(c.Hedged ? " (hedged)" : "")}")];

    private static SurfaceForm Parse(string spec)
    {
        int eq = spec.LastIndexOf('=');
        string surface = spec[..eq];
        string[] target = spec[(eq + 1)..].Split(':');
        MentionKind kind = target.Length > 1 ? Enum.Parse<MentionKind>(target[1], ignoreCase: true) : MentionKind.Name;
        return new SurfaceForm(surface, Entities[target[0]], kind);
    }

    private static Entity Make(string id, string name, EntityType type) => new() { Id = id, Name = name, Type = type };
}
