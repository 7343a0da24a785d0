namespace Consultation.Web.Hosting;

/// <summary>A back-office post whose next page speaks for itself (signing in or out): <see cref="ActionDoneFilter"/> adds no message.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class QuietAttribute : Attribute;
