using System.Buffers;
using Microsoft.AspNetCore.Http.Features;

namespace KnowledgeHub.GraphQL.Http;

/// <summary>
/// A body over the limit is read to its end, up to a bound, before the 413 is sent. A client that
/// sends without `Expect: 100-continue` is still writing when the answer is ready; closing a
/// socket with unread data makes the kernel reset the connection, and the client then sees the
/// reset instead of the 413. A client that asked to wait for 100-continue has not sent its body:
/// nothing is read (reading would invite it), so the 413 goes at once.
/// </summary>
public static class OversizedBody
{
    /// <summary>Bodies up to this many times the limit are drained; larger ones are cut off (the connection may then reset).</summary>
    public const long DrainFactor = 8;

    private static readonly TimeSpan DrainTime = TimeSpan.FromSeconds(10);

    /// <summary>Before anything is read: lets Kestrel accept the bytes to drain; the limit itself is counted by the reader.</summary>
    public static void AllowDraining(HttpRequest request, long maxBytes)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = maxBytes > long.MaxValue / DrainFactor ? null : maxBytes * DrainFactor;
        }
    }

    public static async Task DrainAsync(HttpRequest request, long maxBytes, bool started, CancellationToken cancellationToken)
    {
        var waitsForContinue = request.Headers.Expect.ToString().Contains("100-continue", StringComparison.OrdinalIgnoreCase);
        if ((!started && waitsForContinue) || request.ContentLength > maxBytes * DrainFactor)
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(DrainTime);
        var scratch = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (await request.Body.ReadAsync(scratch, timeout.Token) > 0)
            {
            }
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException or OperationCanceledException)
        {
            // Past the bound, too slow, or gone: the connection closes as it would have.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }
}
