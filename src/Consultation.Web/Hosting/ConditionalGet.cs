using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Consultation.Web.Hosting;

/// <summary>
/// Answers a GET of a machine-readable document with a strong ETag (a hash of its bytes) and, when known, the newest
/// item's time as Last-Modified; a client that already holds the same bytes gets 304 and no body.
/// </summary>
public static class ConditionalGet
{
    public static IActionResult Respond(HttpContext http, byte[] body, string contentType, DateTimeOffset? lastModified = null)
    {
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"");
        var response = http.Response.GetTypedHeaders();
        response.ETag = etag;
        if (lastModified is { } modified) response.LastModified = modified;
        var request = http.Request.GetTypedHeaders();
        var notModified = request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false))
            : lastModified is { } at && request.IfModifiedSince is { } since && at.ToUnixTimeSeconds() <= since.ToUnixTimeSeconds();
        return notModified ? new StatusCodeResult(StatusCodes.Status304NotModified) : new FileContentResult(body, contentType);
    }
}
