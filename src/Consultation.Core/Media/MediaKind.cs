namespace Consultation.Core.Media;

public enum MediaKind
{
    Image = 1,
    Document = 2,
}
