using System.Globalization;

namespace Consultation.Web.Features.Records.Downloads;

/// <summary>A byte count as people read it: 312 B, 48.5 KB, 1.2 MB (powers of 1024, one decimal above bytes).</summary>
public static class FileSizeText
{
    private static readonly string[] Units = ["KB", "MB", "GB", "TB"];

    public static string Of(long bytes)
    {
        if (bytes < 1024) return $"{bytes.ToString(CultureInfo.InvariantCulture)} B";
        var value = (double)bytes;
        var unit = -1;
        while (value >= 1024 && unit < Units.Length - 1)
        {
            value /= 1024;
            unit++;
        }
        return $"{value.ToString("0.0", CultureInfo.InvariantCulture)} {Units[unit]}";
    }
}
