using KnowledgeGraph.Model;
using KnowledgeGraph.Relate.Claims;
using KnowledgeGraph.Relate.Claims.Learned;

namespace KnowledgeGraph.Tests.Relate.Claims.Learned;

[TestFixture]
internal sealed class ScratchProbeTests
{
    [Test]
    public void Probe()
    {
        RelationModel loose = new RelationTrainer(5, targetPrecision: 0f) { MinimumRight = 1 }.Train(RelationTestData.Value.Examples, RelationTestData.Labels, RelationTestData.Types, "").Model;
        (string, string[])[] cases =
        [
            ("The attack took place in Kabul, Afghanistan, on Monday.", ["Kabul=kabul", "Afghanistan=afghanistan"]),
            ("Wang Yi, who serves as China's top diplomat, arrived on Monday.", ["Wang Yi=wang-yi", "China=china"]),
            ("The meeting in Tianjin, a port city of China, lasted two days.", ["Tianjin=tianjin", "China=china"]),
            ("Huawei, the Shenzhen firm owned by its employees, is a Chinese company.", ["Huawei=huawei", "Chinese=china:demonym"]),
            ("Xinjiang lies in the far west of China.", ["Xinjiang=xinjiang", "China=china"]),
            ("Kazakhstan and Uzbekistan are the largest economies of Central Asia.", ["Kazakhstan=kazakhstan", "Uzbekistan=uzbekistan", "Central Asia=central-asia"]),
            ("Jack Ma, the founder of Alibaba, spoke at the forum.", ["Jack Ma=jack-ma", "Alibaba=alibaba"]),
            ("Tajikistan shares a long mountain frontier with Afghanistan.", ["Tajikistan=tajikistan", "Afghanistan=afghanistan"]),
        ];
        foreach ((string text, string[] mentions) in cases)
        {
            Document rulesDoc = ClaimTestDocuments.Build(text, null, mentions);
            new ClaimExtractor(ClaimTestDocuments.Lexicon).Process(rulesDoc);
            Document doc = ClaimTestDocuments.Build(text, null, mentions);
            new ClaimExtractor(ClaimTestDocuments.Lexicon, relations: loose).Process(doc);
            TestContext.Out.WriteLine($"{text}\n  rules: {string.Join("; ", ClaimTestDocuments.Triples(rulesDoc.Paragraphs[0].Claims))}\n  model: {string.Join("; ", doc.Paragraphs[0].Claims.Select(c => $"{c.Subject.Id} {c.Predicate} {c.Object.Id} {c.Confidence:0.00} '{c.Trigger}'"))}");
        }
    }
}
