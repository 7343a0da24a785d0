namespace Consultation.Core.Consultations;

/// <summary>Reads the numerals used in clause numbers: 一 … 九十九 … 一百二十三, and Arabic digits.</summary>
public static class ChineseNumeral
{
    private const string Digits = "零一二三四五六七八九";

    public static int? Parse(string text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (text.All(char.IsAsciiDigit)) return int.TryParse(text, out var n) ? n : null;
        int total = 0, current = 0;
        foreach (var c in text.Replace('〇', '零').Replace('两', '二'))
        {
            var digit = Digits.IndexOf(c);
            if (digit >= 0) { current = digit; continue; }
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0) return null;
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }
        return total + current;
    }
}
