using System.Text;
using Consultation.Core;
using Consultation.Infrastructure.Media;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Consultation.UnitTests.Media;

public sealed class ImageProcessorTests
{
    private static ImageProcessor Processor(MediaOptions? options = null) => new(Options.Create(options ?? new MediaOptions()));

    [Fact]
    public void Camera_metadata_is_stripped_from_the_stored_image()
    {
        var upload = TestImages.JpegWithMetadata(64, 32, orientation: 1, secret: "GPS 36.65N 117.12E Zhang San phone");

        var image = Processor().Process(upload);

        Assert.True(Contains(upload, "Zhang San"), "the test image should carry the EXIF text");
        Assert.False(Contains(image.Bytes, "Zhang San"), "the EXIF text survived");
        Assert.False(Contains(image.Bytes, "Exif"), "an EXIF block survived");
        Assert.All(image.Renditions, r => Assert.False(Contains(r.Bytes, "Zhang San")));
    }

    [Fact]
    public void A_photo_taken_sideways_is_stored_upright()
    {
        // Orientation 6: the camera was turned; the picture must be rotated 90° clockwise to be seen upright.
        var upload = TestImages.JpegWithMetadata(80, 40, orientation: 6, secret: "camera");

        var image = Processor().Process(upload);

        Assert.Equal((40, 80), (image.Width, image.Height));
        using var stored = TestImages.Decode(image.Bytes);
        Assert.Equal((40, 80), (stored.Width, stored.Height));
        // Turned clockwise, the red left half of the sensor image is now the top half.
        Assert.True(stored.GetPixel(20, 10).Red > 200 && stored.GetPixel(20, 10).Blue < 60);
        Assert.True(stored.GetPixel(20, 70).Blue > 200 && stored.GetPixel(20, 70).Red < 60);
        using var codec = SKCodec.Create(new MemoryStream(image.Bytes));
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
    }

    [Fact]
    public void An_image_with_transparency_is_stored_as_png()
    {
        var image = Processor().Process(TestImages.TransparentPng(50, 50));

        Assert.Equal("image/png", image.ContentType);
        Assert.Equal(".png", image.Extension);
        Assert.Equal(0x89, image.Bytes[0]);
        using var stored = TestImages.Decode(image.Bytes);
        Assert.Equal(0, stored.GetPixel(45, 25).Alpha);
    }

    [Fact]
    public void An_opaque_png_is_stored_as_jpeg()
    {
        var image = Processor().Process(TestImages.OpaquePng(50, 50));

        Assert.Equal("image/jpeg", image.ContentType);
        Assert.Equal([0xFF, 0xD8], image.Bytes[..2]);
    }

    [Fact]
    public void WebP_renditions_are_made_only_at_widths_smaller_than_the_original()
    {
        var image = Processor().Process(TestImages.Jpeg(700, 350));

        Assert.Equal([320, 640], image.Renditions.Select(r => r.Width));
        foreach (var rendition in image.Renditions)
        {
            Assert.Equal("RIFF", Encoding.ASCII.GetString(rendition.Bytes, 0, 4));
            Assert.Equal("WEBP", Encoding.ASCII.GetString(rendition.Bytes, 8, 4));
            using var decoded = TestImages.Decode(rendition.Bytes);
            Assert.Equal((rendition.Width, rendition.Width / 2), (decoded.Width, decoded.Height));
        }
    }

    [Fact]
    public void Configured_widths_are_used()
    {
        var image = Processor(new MediaOptions { VariantWidths = [100, 200, 5000] }).Process(TestImages.Jpeg(300, 300));

        Assert.Equal([100, 200], image.Renditions.Select(r => r.Width));
    }

    [Fact]
    public void An_image_over_the_pixel_limit_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() =>
            Processor(new MediaOptions { MaxImagePixels = 10_000 }).Process(TestImages.Jpeg(200, 100)));

        Assert.Equal("media.image_too_many_pixels", refused.MessageKey);
    }

    [Fact]
    public void A_decompression_bomb_is_refused_from_its_header_before_decoding()
    {
        // 50,000 × 50,000 would need 10 GB of memory if decoded; the header alone must be enough to refuse it.
        var refused = Assert.Throws<DomainException>(() => Processor().Process(TestImages.PngClaiming(50_000, 50_000)));

        Assert.Equal("media.image_too_many_pixels", refused.MessageKey);
        Assert.Equal([250_000L, 4_000L], refused.Arguments.Take(2));
    }

    [Fact]
    public void A_truncated_image_is_refused()
    {
        var whole = TestImages.Jpeg(400, 400);

        var refused = Assert.Throws<DomainException>(() => Processor().Process(whole[..(whole.Length / 2)]));

        Assert.Equal("media.image_unreadable", refused.MessageKey);
    }

    private static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0;
}
