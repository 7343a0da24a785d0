namespace Consultation.Core.Calendar;

/// <summary>What a 国务院办公厅 holiday notice says about one day.</summary>
public enum CalendarDayKind
{
    /// <summary>放假: no work, even on a Monday to Friday.</summary>
    Holiday = 1,

    /// <summary>调休上班: a Saturday or Sunday that is worked in exchange for a day off.</summary>
    MakeUpWorkday = 2,
}
