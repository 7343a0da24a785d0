namespace Consultation.Web.Hosting;

/// <summary>
/// Marks the action that accepts a media file: its body may be as large as the media upload limit (from
/// configuration, which an attribute argument cannot be) plus the form overhead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadEndpointAttribute : Attribute;
