namespace Consultation.NodeChecks;

/// <summary>One line of the two-node report: what was tried, whether it held, and the measured figure.</summary>
public sealed record CheckResult(string Name, bool Passed, string Figure);
