using System.Globalization;
using System.Net;

namespace Verification.Reports;

/// <summary>Small helpers for writing HTML by hand: escaping and invariant number formatting.</summary>
internal static class Html
{
    public static string E(string text) => WebUtility.HtmlEncode(text);

    public static string N(double value, string format = "G4") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Percent(double share, int decimals = 0) => (100 * share).ToString($"F{decimals}", CultureInfo.InvariantCulture) + "%";

    public static string Beta(double beta) => beta.ToString("0.00E+0", CultureInfo.InvariantCulture);

    public static string Table(IEnumerable<string> headers, IEnumerable<IEnumerable<string>> rows, string caption) =>
        $"<table><caption>{E(caption)}</caption><thead><tr>{string.Concat(headers.Select(h => $"<th scope=\"col\">{E(h)}</th>"))}</tr></thead>" +
        $"<tbody>{string.Concat(rows.Select(r => $"<tr>{string.Concat(r.Select(c => $"<td>{E(c)}</td>"))}</tr>"))}</tbody></table>";
}
