using KnowledgeGraph.Diagnostics;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Store;

[TestFixture]
internal sealed class StoreLockTests
{
    [Test]
    public void Acquire_WhileHeld_ThrowsStoreLocked()
    {
        using var temp = new TempStore();
        using StoreLock first = StoreLock.Acquire(temp.StorePath);

        var error = Assert.Throws<KgException>(() => StoreLock.Acquire(temp.StorePath));

        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.StoreLocked));
        Assert.That(error.Message, Does.Contain("another `kg build`"));
    }

    [Test]
    public void Acquire_AfterRelease_Succeeds()
    {
        using var temp = new TempStore();
        StoreLock.Acquire(temp.StorePath).Dispose();

        Assert.DoesNotThrow(() => StoreLock.Acquire(temp.StorePath).Dispose());
    }
}
