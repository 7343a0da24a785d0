using System.Net;

namespace Consultation.IntegrationTests.Hostile;

/// <summary>
/// A form body of <paramref name="size"/> bytes written in 64 KB chunks as the server reads them, never held in one
/// array; <see cref="Sent"/> tells how much the server took before it refused.
/// </summary>
public sealed class GeneratedBody(long size) : HttpContent
{
    private const int Chunk = 64 * 1024;

    public long Sent { get; private set; }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var chunk = new byte[Chunk];
        Array.Fill(chunk, (byte)'a');
        "Body="u8.CopyTo(chunk);
        while (Sent < size)
        {
            var length = (int)Math.Min(Chunk, size - Sent);
            try
            {
                await stream.WriteAsync(chunk.AsMemory(0, length));
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or InvalidOperationException)
            {
                return; // the server stopped reading: what a refusal looks like from the sending side
            }
            Sent += length;
            if (Sent == length) Array.Fill(chunk, (byte)'a', 0, 5);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = size;
        return true;
    }
}
