namespace Consultation.Core.Calendar;

/// <summary>What is wrong with one line of a typed holiday notice; <see cref="MessageKey"/> is localised by the web layer.</summary>
public sealed record NoticeProblem(int Line, string MessageKey, IReadOnlyList<object> Arguments);
