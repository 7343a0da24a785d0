using Lucene.Net.Analysis;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// Applies <see cref="TextFolding"/> character by character from a 64K table: every mapping in the basic plane is one
/// character to one, so text length and offsets never change and highlights still point into the original text.
/// (Lucene's MappingCharFilter does the same through a finite-state machine, several times slower.) The few
/// traditional characters outside the basic plane are left as they are.
/// </summary>
internal sealed class FoldingCharFilter(TextReader input) : CharFilter(input)
{
    public override int Read(char[] buffer, int index, int count)
    {
        var read = m_input.Read(buffer, index, count);
        var table = TextFolding.Table;
        for (var i = index; i < index + Math.Max(0, read); i++) buffer[i] = table[buffer[i]];
        return read;
    }

    public override int Read()
    {
        var c = m_input.Read();
        return c < 0 ? c : TextFolding.Table[c];
    }

    protected override int Correct(int currentOff) => currentOff;
}
