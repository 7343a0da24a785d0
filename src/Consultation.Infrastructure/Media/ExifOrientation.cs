using SkiaSharp;

namespace Consultation.Infrastructure.Media;

/// <summary>
/// Cameras store pixels as the sensor saw them and put the turn needed in an EXIF tag. Re-encoding drops that tag,
/// so the turn must be applied to the pixels first or portrait photos end up on their side.
/// </summary>
internal static class ExifOrientation
{
    /// <summary>The upright bitmap, or null when <paramref name="origin"/> says the pixels are already upright.</summary>
    public static SKBitmap? Apply(SKBitmap source, SKEncodedOrigin origin)
    {
        float w = source.Width, h = source.Height;
        // Each matrix maps a source pixel (x, y) to its place in the upright image.
        SKMatrix? matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),    // mirrored
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1), // turned 180°
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),   // flipped
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),       // transposed
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),     // needs 90° clockwise
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1), // transverse
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),   // needs 90° anticlockwise
            _ => null,
        };
        if (matrix is null) return null;

        var swapsSides = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop
            or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var info = swapsSides ? source.Info.WithSize(source.Height, source.Width) : source.Info;
        var upright = new SKBitmap(info);
        using var canvas = new SKCanvas(upright);
        using var paint = new SKPaint { BlendMode = SKBlendMode.Src };
        canvas.Clear(SKColors.Transparent);
        canvas.SetMatrix(matrix.Value);
        // Whole-pixel moves and quarter turns only, so nearest-neighbour sampling copies every pixel exactly.
        canvas.DrawBitmap(source, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), paint);
        return upright;
    }
}
