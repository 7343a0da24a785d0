namespace Consultation.Infrastructure.Media;

/// <summary>
/// Finds the PDF names that make a reader do something on opening — run JavaScript, launch a program — where they
/// stand in the file's plain text. Notices and drafts never need them; a PDF carrying them is a trap for whoever
/// downloads it. Names inside compressed object streams or spelt with #-escapes are not seen: this is a filter for
/// the plain attack, the download is still an attachment served with nosniff.
/// </summary>
internal static class PdfActions
{
    private static readonly byte[][] Names = ["/JavaScript"u8.ToArray(), "/JS"u8.ToArray(), "/Launch"u8.ToArray()];

    public static bool Run(ReadOnlySpan<byte> pdf)
    {
        foreach (var name in Names)
        {
            var rest = pdf;
            int at;
            while ((at = rest.IndexOf(name)) >= 0)
            {
                var after = at + name.Length;
                // "/JS" must not match "/JSON": a PDF name ends at whitespace or a delimiter.
                if (after >= rest.Length || EndsName(rest[after])) return true;
                rest = rest[after..];
            }
        }
        return false;
    }

    private static bool EndsName(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0
        or (byte)'/' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'(' or (byte)')';
}
