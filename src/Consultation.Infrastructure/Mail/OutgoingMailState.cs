namespace Consultation.Infrastructure.Mail;

public enum OutgoingMailState
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}
