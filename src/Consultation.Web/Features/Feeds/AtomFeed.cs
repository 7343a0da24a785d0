using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Consultation.Infrastructure.Feeds;
using Consultation.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Feeds;

/// <summary>
/// Writes an Atom 1.0 feed. Ids do not depend on the address the feed was fetched from (<c>urn:consultation:{site code}:…</c>),
/// so the same item keeps its id across polls, hosts and schemes; each entry's <c>updated</c> is the item's own time and
/// the feed's is the newest entry's, so a poll finds something new only when something was published.
/// </summary>
public sealed class AtomFeed(IOptions<SiteOptions> site)
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>The time of a feed with no entries: fixed, so an empty feed never looks new either.</summary>
    public static readonly DateTimeOffset NoEntries = DateTimeOffset.UnixEpoch;

    public static DateTimeOffset UpdatedOf(IReadOnlyList<FeedItem> items) =>
        items.Count == 0 ? NoEntries : items.Max(i => i.Updated);

    public byte[] Write(string key, string title, string origin, string pagePath, string selfPath, IReadOnlyList<FeedItem> items)
    {
        var feed = new SyndicationFeed(title, "", new Uri(origin + pagePath), Id(key), UpdatedOf(items))
        {
            Authors = { new SyndicationPerson { Name = site.Value.Sponsor.Length > 0 ? site.Value.Sponsor : site.Value.Name } },
            Items = items.Select(i =>
            {
                var item = new SyndicationItem(i.Title, i.Summary, new Uri(origin + i.Path), Id(i.Key), i.Updated);
                if (i.Category is { } category) item.Categories.Add(new SyndicationCategory(category));
                return item;
            }).ToList(),
        };
        feed.Links.Add(new SyndicationLink(new Uri(origin + selfPath), "self", title, "application/atom+xml", 0));
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            feed.SaveAsAtom10(writer);
        return buffer.ToArray();
    }

    private string Id(string key) => $"urn:consultation:{site.Value.SiteCode}:{key}";
}
