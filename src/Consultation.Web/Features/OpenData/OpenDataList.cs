namespace Consultation.Web.Features.OpenData;

/// <summary>One page of an open-data list: the items, and the address of the next page (null on the last one).</summary>
public sealed record OpenDataList<T>(IReadOnlyList<T> Items, string? Next);
