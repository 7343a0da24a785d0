using System.Text.RegularExpressions;

namespace Consultation.IntegrationTests.Infrastructure;

/// <summary>What a leaked contact detail looks like in public output: the one set every open-data test checks against.</summary>
public static partial class ContactPatterns
{
    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    public static partial Regex Email();

    /// <summary>A mainland mobile number standing alone.</summary>
    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    public static partial Regex Mobile();

    /// <summary>An 18-character 居民身份证 number standing alone.</summary>
    [GeneratedRegex(@"(?<!\d)\d{17}[\dXx](?!\d)")]
    public static partial Regex IdNumber();
}
