using Consultation.Core.Adoption;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Consultation.IntegrationTests.Records;

/// <summary>The published report and the redline say, clause by clause, how many comments it drew and what was done.</summary>
public abstract class YouSaidWeDidBehaviour(SiteFixture site)
{
    [SkippableFact]
    public async Task Each_clause_on_the_report_shows_the_comments_it_drew_its_groups_with_dispositions_and_its_final_wording()
    {
        var (_, consultationId) = await DemoDecision.FindAsync(site);
        var (slug, received, groups) = await DemoDecision.ReadAsync(site, async db =>
        {
            var slug = await db.Consultations.Where(c => c.Id == consultationId).Select(c => c.Slug).SingleAsync();
            var received = await db.Comments.Where(c => c.ConsultationId == consultationId)
                .Select(c => new { c.Id, c.ClauseAnchor, c.PublicBody }).ToListAsync();
            var groups = await db.OpinionGroups.Where(g => g.ConsultationId == consultationId).ToListAsync();
            return (slug, received, groups);
        });

        var (_, page) = await site.NewBrowser().GetAsync($"/consultations/{slug}/report");

        var sections = page.QuerySelectorAll("#per-clause .clause-echo");
        Assert.NotEmpty(sections);
        foreach (var section in sections)
        {
            var anchor = section.Id!["said-".Length..];
            var texts = received.Where(c => c.ClauseAnchor == anchor).Select(c => new CommentText(c.Id, c.PublicBody)).ToList();
            var (unique, copies) = NearCopies.Count(texts);
            Assert.Contains($"共 {texts.Count} 条意见：不同意见 {unique} 条，重复意见 {copies} 条", section.QuerySelector(".clause-counts")!.TextContent);
            var about = groups.Where(g => g.Clauses.Contains(anchor)).ToList();
            var links = section.QuerySelectorAll(".clause-groups li").ToList();
            Assert.Equal(about.Select(g => g.Title).Order(), links.Select(l => l.QuerySelector("a")!.TextContent).Order());
            Assert.All(links, l => Assert.NotNull(page.GetElementById(l.QuerySelector("a")!.GetAttribute("href")!.Split('#')[1])));
            Assert.All(links, l => Assert.Matches("采纳|部分采纳|未采纳|不属于", l.QuerySelector(".badge")!.TextContent));
        }
        Assert.Contains(sections, s => s.QuerySelectorAll(".clause-groups li").Length > 0);
        Assert.Contains(sections, s => s.QuerySelector(".final-wording") is not null);
        var (_, redline) = await site.NewBrowser().GetAsync($"/consultations/{slug}/redline");
        Assert.Equal(sections.Length, redline.QuerySelectorAll("#per-clause .clause-echo").Length);
    }
}
