using KnowledgeGraph.Syntax.Training;

namespace KnowledgeGraph.Tests.Syntax.Training;

[TestFixture]
internal sealed class ProjectiviserTests
{
    [Test]
    public void Lift_CrossingArc_AttachesTheDependentToItsGrandparent()
    {
        // "A hearing is scheduled on the issue today": hearing ← on (nmod) crosses scheduled's arcs.
        int[] heads = [1, 3, 3, -1, 6, 6, 1, 3];

        int[] lifted = Projectiviser.Lift(heads, out int count);

        Assert.That(count, Is.EqualTo(1));
        Assert.That(lifted[6], Is.EqualTo(3));
        Assert.That(Projectiviser.IsProjective(lifted, 3, 6), Is.True);
    }

    [Test]
    public void Lift_ProjectiveTree_ChangesNothing()
    {
        int[] heads = [1, -1, 3, 1];

        Assert.That(Projectiviser.Lift(heads, out int count), Is.EqualTo(heads));
        Assert.That(count, Is.Zero);
    }
}
