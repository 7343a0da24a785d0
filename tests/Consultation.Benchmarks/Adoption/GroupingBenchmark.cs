using Consultation.Core.Adoption;
using Consultation.Tests;
using BenchmarkDotNet.Attributes;

namespace Consultation.Benchmarks.Adoption;

/// <summary>
/// Groups generated Chinese comments (50 topics reworded by many writers plus 20% unrelated comments) with the
/// default options, as the back office would for a consultation. Not sealed: BenchmarkDotNet derives from it.
/// </summary>
[MemoryDiagnoser]
public class GroupingBenchmark
{
    private readonly OpinionClusterer _clusterer = new(new GroupingOptions());
    private IReadOnlyList<CommentText> _comments = [];

    [Params(1_000, 10_000)]
    public int Comments { get; set; }

    [GlobalSetup]
    public void Generate() => _comments = SyntheticComments.Generate(Comments).Comments;

    [Benchmark]
    public int Cluster() => _clusterer.Cluster(_comments).Count;
}
