using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Verification.Reports.Tests.Support;

/// <summary>A rendered report parsed with AngleSharp, and the questions the tests ask of it.</summary>
public sealed class ReportDocument(string html)
{
    public IHtmlDocument Document { get; } = new HtmlParser().ParseDocument(html);

    /// <summary>The table whose caption starts with the given text, as rows of cell texts (header row excluded).</summary>
    public IReadOnlyList<string[]> Table(string caption)
    {
        var table = Document.QuerySelectorAll("table").SingleOrDefault(t => t.QuerySelector("caption")?.TextContent.StartsWith(caption, StringComparison.Ordinal) == true)
            ?? throw new AssertionException($"the report has no table captioned \"{caption}\"");
        return table.QuerySelectorAll("tbody tr").Select(row => row.Children.Select(Text).ToArray()).ToArray();
    }

    /// <summary>Every reference that would leave the file: scripts, stylesheets, frames, and URLs other than in-page anchors or data.</summary>
    public IReadOnlyList<string> ExternalReferences()
    {
        var found = new List<string>();
        found.AddRange(Document.QuerySelectorAll("script, link, iframe, object, embed, base").Select(e => $"<{e.LocalName}>"));
        foreach (var element in Document.All)
            foreach (var attribute in element.Attributes.Where(a => a.LocalName is "src" or "href" or "srcset" or "action" or "poster" or "data"))
                if (!attribute.Value.StartsWith('#') && !attribute.Value.StartsWith("data:", StringComparison.Ordinal))
                    found.Add($"{element.LocalName} {attribute.LocalName}=\"{attribute.Value}\"");
        foreach (var style in Document.QuerySelectorAll("style").Select(s => s.TextContent).Concat(Document.All.Select(e => e.GetAttribute("style") ?? "")))
            if (style.Contains("@import", StringComparison.OrdinalIgnoreCase) || style.Contains("url(", StringComparison.OrdinalIgnoreCase))
                found.Add($"style: {style[..Math.Min(60, style.Length)]}");
        return found;
    }

    /// <summary>The visible text, one line per block, whitespace collapsed: what the approval pins.</summary>
    public string TextContent()
    {
        var lines = new List<string>();
        foreach (var block in Document.Body!.QuerySelectorAll("h1, h2, h3, p, caption, tr, figcaption, li, .legend"))
        {
            var text = block is IHtmlTableRowElement row ? string.Join(" | ", row.Cells.Select(Text)) : Text(block);
            if (text.Length > 0) lines.Add(text);
        }
        return string.Join('\n', lines) + '\n';
    }

    static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
