using Consultation.Core.Content;

namespace Consultation.UnitTests.Architecture;

public sealed class CoreDependencyTests
{
    [Fact]
    public void Core_references_no_EF_or_ASP_NET_assembly()
    {
        var references = typeof(Article).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.NotEmpty(references);
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.Extensions", StringComparison.Ordinal));
    }
}
