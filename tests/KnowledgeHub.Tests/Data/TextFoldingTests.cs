using KnowledgeHub.Data;

namespace KnowledgeHub.Tests.Data;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Ø", "ø")]
    [InlineData("ÆRØ", "ærø")]
    [InlineData("Å", "å")]
    [InlineData("A\u030A", "å")] // a + combining ring, as some keyboards and PDFs produce it
    public void Folds_danish_letters_and_their_decomposed_forms(string text, string folded)
    {
        Assert.Equal(folded, TextFolding.Fold(text));
    }

    [Fact]
    public void Keeps_null()
    {
        Assert.Null(TextFolding.Fold(null));
    }
}
