using Consultation.Core;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Consultation.Infrastructure.Media;

/// <summary>
/// Decodes an uploaded image and encodes its pixels again. Whatever else the file carried — EXIF with GPS position
/// and camera serial, XMP, comments, ICC profiles, trailing bytes, a script pretending to be a picture — is gone,
/// because only the decoded pixels are written out.
/// </summary>
public sealed class ImageProcessor(IOptions<MediaOptions> options)
{
    private static readonly SKEncodedImageFormat[] Accepted =
        [SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Png, SKEncodedImageFormat.Gif, SKEncodedImageFormat.Webp,
         SKEncodedImageFormat.Bmp];

    public ProcessedImage Process(byte[] upload)
    {
        var settings = options.Value;
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null || !Accepted.Contains(codec.EncodedFormat)) throw new DomainException("media.image_unreadable");

        // Checked from the header, before a single pixel is allocated.
        var pixels = (long)codec.Info.Width * codec.Info.Height;
        if (pixels > settings.MaxImagePixels)
            throw new DomainException("media.image_too_many_pixels", TenThousands(pixels), TenThousands(settings.MaxImagePixels),
                Megapixels(pixels), Megapixels(settings.MaxImagePixels));

        using var decoded = Decode(codec);
        using var turned = ExifOrientation.Apply(decoded, codec.EncodedOrigin);
        var upright = turned ?? decoded;

        var transparent = HasTransparency(upright);
        var bytes = transparent
            ? Encode(upright, p => p.Encode(SKPngEncoderOptions.Default))
            : Encode(upright, p => p.Encode(new SKJpegEncoderOptions(settings.JpegQuality)));
        return new ProcessedImage(bytes, transparent ? "image/png" : "image/jpeg", transparent ? ".png" : ".jpg",
            upright.Width, upright.Height, Renditions(upright, settings));
    }

    /// <summary>Decodes into sRGB so colours stay right once the embedded profile is dropped.</summary>
    private static SKBitmap Decode(SKCodec codec)
    {
        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        // A truncated or damaged file decodes only partly; we would publish a half-grey picture, so refuse it.
        if (codec.GetPixels(info, bitmap.GetPixels()) != SKCodecResult.Success)
        {
            bitmap.Dispose();
            throw new DomainException("media.image_unreadable");
        }
        return bitmap;
    }

    /// <summary>A PNG with an alpha channel is often fully opaque; only real transparency is worth keeping PNG for.</summary>
    private static bool HasTransparency(SKBitmap bitmap)
    {
        if (bitmap.AlphaType == SKAlphaType.Opaque) return false;
        var span = bitmap.GetPixelSpan();
        for (var i = 3; i < span.Length; i += 4)
        {
            if (span[i] != 255) return true;
        }
        return false;
    }

    /// <summary>
    /// Each smaller rendition is made from the previous one rather than from the original: a few modest steps keep
    /// fine lines sharp where one big jump (6000 → 320 px) would alias, and they are cheaper.
    /// </summary>
    private static List<ImageRendition> Renditions(SKBitmap upright, MediaOptions settings)
    {
        var renditions = new List<ImageRendition>();
        var source = upright;
        try
        {
            foreach (var width in settings.EffectiveVariantWidths.Where(w => w > 0 && w < upright.Width).Distinct().OrderDescending())
            {
                var height = Math.Max(1, (int)Math.Round((double)upright.Height * width / upright.Width));
                var resized = source.Resize(source.Info.WithSize(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell))
                              ?? throw new InvalidOperationException($"Skia could not resize to {width}×{height}.");
                if (!ReferenceEquals(source, upright)) source.Dispose();
                source = resized;
                renditions.Add(new ImageRendition(width,
                    Encode(resized, p => p.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, settings.WebpQuality)))));
            }
        }
        finally
        {
            if (!ReferenceEquals(source, upright)) source.Dispose();
        }
        renditions.Reverse();
        return renditions;
    }

    /// <summary>
    /// Encodes through a view of the pixels with no colour space, so the encoder writes no ICC profile: the pixels are
    /// already sRGB, which is what browsers assume for untagged images.
    /// </summary>
    private static byte[] Encode(SKBitmap bitmap, Func<SKPixmap, SKData?> encode)
    {
        using var pixmap = new SKPixmap(bitmap.Info.WithColorSpace(null), bitmap.GetPixels(), bitmap.RowBytes);
        using var data = encode(pixmap) ?? throw new InvalidOperationException("Skia could not encode the image.");
        return data.ToArray();
    }

    /// <summary>Chinese counts pixels in 万 (10,000: "4000 万像素"), English in megapixels; the message picks its unit.</summary>
    private static long TenThousands(long pixels) => pixels / 10_000;

    private static string Megapixels(long pixels) =>
        (pixels / 1_000_000d).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
