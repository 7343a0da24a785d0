namespace Consultation.Web.Hosting.Localization;

/// <summary>Marker type for <c>IStringLocalizer&lt;SharedStrings&gt;</c>, injected into every view as <c>S</c>.</summary>
public sealed class SharedStrings;
