using KnowledgeGraph.Syntax.Parsing;
using KnowledgeGraph.Syntax.Training;

namespace KnowledgeGraph.Tests.Syntax.Training;

[TestFixture]
internal sealed class StaticOracleTests
{
    [Test]
    public void Moves_EveryFixtureTree_DeriveItsProjectiveTreeIn2nMoves()
    {
        foreach (TreebankSentence sent in SyntaxFixtures.Sentences())
        {
            int[] gold = Projectiviser.Lift(sent.Heads, out _);
            byte[] moves = StaticOracle.Moves(gold);
            var st = new ParseState();
            st.Reset(sent.Count);
            var heads = new int[sent.Count];

            foreach (byte move in moves)
            {
                if (move == 255)
                {
                    st.ApplyFinal();
                }
                else
                {
                    st.Apply((Move)move);
                }
            }

            Array.Copy(st.Heads, heads, sent.Count);
            Assert.That(heads, Is.EqualTo(gold), sent.Source);
            Assert.That(st.IsComplete, Is.True);
        }
    }
}
