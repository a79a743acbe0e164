using KnowledgeGraph.Syntax.Features;

namespace KnowledgeGraph.Tests.Syntax.Features;

[TestFixture]
internal sealed class HashMap64Tests
{
    [Test]
    public void Get_CollidingKeys_FindsEveryValue()
    {
        var entries = new Dictionary<ulong, ulong>();
        for (ulong i = 0; i < 40; i++)
        {
            entries[(i << 32) | 5] = i + 100;
        }

        var map = new HashMap64(entries);

        Assert.That(entries.All(e => map.Get(e.Key) == e.Value), Is.True);
        Assert.That(map.Get(6, missing: 7), Is.EqualTo(7UL));
    }

    [Test]
    public void Get_KeyZero_IsStoredAsOne()
    {
        var map = new HashMap64(new Dictionary<ulong, ulong> { [0] = 9 });

        Assert.That(map.Get(0), Is.EqualTo(9UL));
        Assert.That(map.Get(1), Is.EqualTo(9UL));
    }
}
