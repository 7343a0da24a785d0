namespace Consultation.Infrastructure.Media;

/// <summary>
/// The uploader's file name with the extension of what the file really is: "通知.jpg" that is a PDF downloads as
/// "通知.pdf", so the reader's computer opens it with the right program and never runs it as something else.
/// </summary>
internal static class DownloadName
{
    public static string For(string uploaded, string extension)
    {
        // Control characters have no place in a header value; Windows separators count as separators here too.
        var clean = new string((uploaded ?? "").Where(c => !char.IsControl(c)).ToArray()).Replace('\\', '/');
        var name = Path.GetFileName(clean).Trim();
        var stem = Path.GetFileNameWithoutExtension(name).Trim();
        if (stem.Length == 0) stem = "file";
        return string.Equals(Path.GetExtension(name), extension, StringComparison.OrdinalIgnoreCase)
            ? name
            : stem + extension;
    }
}
