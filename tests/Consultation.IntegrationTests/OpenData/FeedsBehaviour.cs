using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.OpenData;

/// <summary>
/// The Atom feeds: valid Atom 1.0 (RFC 4287's required elements), each entry's <c>updated</c> its item's own time and the
/// feed's the newest entry's — never the time of the request, so a poll sees nothing new until something is published.
/// </summary>
public abstract class FeedsBehaviour(SiteFixture site)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static TheoryData<string> Feeds =>
    [
        "/feeds/consultations/new.xml", "/feeds/consultations/closing-soon.xml", "/feeds/consultations/closed.xml",
        "/feeds/reports.xml", "/feeds/decisions.xml", "/catalog/2026/atom.xml",
    ];

    [SkippableTheory]
    [MemberData(nameof(Feeds))]
    public async Task Each_feed_is_atom_with_id_title_and_updated_on_the_feed_and_every_entry(string url)
    {
        var response = await site.NewBrowser().Client.GetAsync(url);
        var xml = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        using (var reader = XmlReader.Create(new StringReader(xml))) Assert.NotNull(SyndicationFeed.Load(reader));
        var feed = XDocument.Parse(xml).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        RequiredOnce(feed, "id", "title", "updated");
        Assert.NotEmpty(feed.Elements(Atom + "author"));
        var entries = feed.Elements(Atom + "entry").ToList();
        foreach (var entry in entries) RequiredOnce(entry, "id", "title", "updated");
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        if (entries.Count > 0)
            Assert.Equal(entries.Max(Updated), Updated(feed));
    }

    [SkippableFact]
    public async Task Polling_again_later_gives_the_same_feed_the_same_ids_and_a_304_never_the_request_time()
    {
        var client = site.NewBrowser().Client;
        foreach (var url in new[] { "/feeds/consultations/new.xml", "/catalog/2026/atom.xml", "/feeds/decisions.xml" })
        {
            var asked = DateTimeOffset.UtcNow;
            var first = await client.GetAsync(url);
            var firstXml = await first.Content.ReadAsStringAsync();
            await Task.Delay(TimeSpan.FromSeconds(1.1));
            var second = await client.GetStringAsync(url);
            using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
            conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);

            var feed = XDocument.Parse(firstXml).Root!;
            Assert.NotEmpty(feed.Elements(Atom + "entry"));
            Assert.True(Updated(feed) < asked, $"{url}: feed updated {Updated(feed):O} is the request time, not its newest item's");
            Assert.All(feed.Elements(Atom + "entry"), e => Assert.True(Updated(e) < asked));
            Assert.Equal(firstXml, second);
            Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(conditional)).StatusCode);
        }
    }

    [SkippableFact]
    public async Task Pages_name_their_feeds_in_the_head_and_show_them_to_people()
    {
        foreach (var (page, feed) in new[] { ("/consultations", "/feeds/consultations/new.xml"), ("/catalog/2026", "/catalog/2026/atom.xml"),
                     ("/open-data", "/feeds/reports.xml") })
        {
            var (_, document) = await site.NewBrowser().GetAsync(page);
            var link = document.Head!.QuerySelector($"link[rel=alternate][type='application/atom+xml'][href='{feed}']");
            Assert.NotNull(link);
            Assert.False(string.IsNullOrWhiteSpace(link!.GetAttribute("title")));
            Assert.NotNull(document.QuerySelector($"main a[href^='{feed}']"));
        }
    }

    private static void RequiredOnce(XElement element, params string[] names)
    {
        foreach (var name in names)
        {
            var found = element.Elements(Atom + name).ToList();
            Assert.Single(found);
            Assert.False(string.IsNullOrWhiteSpace(found[0].Value), $"empty atom:{name}");
        }
    }

    private static DateTimeOffset Updated(XElement element) =>
        DateTimeOffset.Parse(element.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture);
}
