using Microsoft.Playwright;
using Verification.Reports.Tests.Support;

namespace Verification.Reports.Tests;

/// <summary>
/// The report in a real browser: Debian's headless Chromium, driven by Playwright, loads the file offline,
/// logs no console or page errors, and lays out every chart with a non-zero size; at a laptop's and a phone's
/// width the scorecard opens the page (all of it on a laptop's first screen) and no element's content overflows its
/// box. Broken pages fail each check. Screenshots are kept in the test's output folder. Needs /usr/bin/chromium
/// (apt-get install chromium).
/// </summary>
[Category("Browser"), Claim("RPT-3")]
public class BrowserTests
{
    const string Chromium = "/usr/bin/chromium";

    sealed record Rendering(IReadOnlyList<string> Errors, IReadOnlyList<(string Chart, float Width, float Height)> Charts)
    {
        public IEnumerable<string> Unsized => Charts.Where(c => c.Width <= 0 || c.Height <= 0).Select(c => c.Chart);
    }

    [Test]
    public async Task The_report_renders_without_errors_and_every_chart_has_a_size()
    {
        var rendering = await Render(ReportGenerator.Render(FixtureResults.Value), "report.png");
        Assert.Multiple(() =>
        {
            Assert.That(rendering.Errors, Is.Empty, "console and page errors");
            Assert.That(rendering.Charts, Has.Count.GreaterThanOrEqualTo(5), "charts");
            Assert.That(rendering.Unsized, Is.Empty, "charts without a size");
        });
    }

    [Test]
    public async Task A_page_with_an_error_and_an_empty_chart_fails_both_checks()
    {
        var broken = ReportGenerator.Render(FixtureResults.Value).Replace("</main>",
            "<svg role=\"img\" aria-label=\"empty\" width=\"0\" height=\"0\"></svg><img src=\"missing.png\" onerror=\"undefinedFunction()\"></main>", StringComparison.Ordinal);
        var rendering = await Render(broken, "broken.png");
        Assert.Multiple(() =>
        {
            Assert.That(rendering.Errors, Is.Not.Empty);
            Assert.That(rendering.Unsized, Is.EqualTo(new[] { "empty" }));
        });
    }

    /// <summary>What a reader sees at one window size: the scorecard's box, and the elements whose content overflows their box.</summary>
    sealed record View(float ScorecardTop, float ScorecardBottom, float WindowHeight, float PageWidth, float WindowWidth, IReadOnlyList<string> Overflowing);

    /// <summary>A laptop's screen, and a phone's.</summary>
    static readonly (string Name, int Width, int Height)[] Screens = [("desktop", 1300, 850), ("phone", 390, 844)];

    [TestCaseSource(nameof(Screens))]
    public async Task At_each_width_the_scorecard_opens_the_page_and_nothing_overflows((string Name, int Width, int Height) screen)
    {
        var view = await Look(ReportGenerator.Render(FixtureResults.Value), screen.Width, screen.Height, $"report-{screen.Name}.png");
        Assert.Multiple(() =>
        {
            Assert.That(view.Overflowing, Is.Empty, "elements whose content overflows their box");
            Assert.That(view.PageWidth, Is.LessThanOrEqualTo(view.WindowWidth), "no sideways scrolling of the page");
            Assert.That(view.ScorecardTop, Is.LessThan(view.WindowHeight / 3), "the scorecard starts on the first screen");
            if (screen.Name == "desktop") Assert.That(view.ScorecardBottom, Is.LessThanOrEqualTo(view.WindowHeight), "the whole scorecard on the first screen");
        });
    }

    [Test]
    public async Task A_page_that_overflows_and_pushes_the_scorecard_down_fails_the_checks()
    {
        var broken = ReportGenerator.Render(FixtureResults.Value)
            .Replace("<main>", "<main><div style=\"height:2000px\"></div>", StringComparison.Ordinal)
            .Replace("</main>", "<p style=\"width:100px;white-space:nowrap;overflow:visible\">" + new string('x', 400) + "</p></main>", StringComparison.Ordinal);
        var view = await Look(broken, 1300, 850, "broken-layout.png");
        Assert.Multiple(() =>
        {
            Assert.That(view.Overflowing, Is.Not.Empty);
            Assert.That(view.PageWidth, Is.GreaterThan(view.WindowWidth));
            Assert.That(view.ScorecardTop, Is.GreaterThan(view.WindowHeight));
        });
    }

    /// <summary>Elements whose content is wider than their box (a scrolling container and the charts' own drawing aside).</summary>
    const string OverflowingScript = """
        () => [...document.querySelectorAll('body *')]
            .filter(e => !e.closest('svg') && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
            .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className : ''}: ${e.scrollWidth} > ${e.clientWidth}`)
        """;

    static async Task<View> Look(string html, int width, int height, string screenshotName) =>
        await InBrowser(html, width, height, screenshotName, fullPage: false, async (page, _) =>
        {
            var box = await page.Locator("#scorecard").BoundingBoxAsync();
            var overflowing = await page.EvaluateAsync<string[]>(OverflowingScript);
            var pageWidth = await page.EvaluateAsync<float>("() => document.documentElement.scrollWidth");
            return new View(box?.Y ?? float.MaxValue, box is null ? float.MaxValue : box.Y + box.Height, height, pageWidth, width, overflowing);
        });

    static Task<Rendering> Render(string html, string screenshotName) =>
        InBrowser(html, 1300, 850, screenshotName, fullPage: true, async (page, errors) =>
        {
            var charts = new List<(string, float, float)>();
            foreach (var chart in await page.Locator("svg").AllAsync())
            {
                var box = await chart.BoundingBoxAsync();
                charts.Add(((await chart.GetAttributeAsync("aria-label")) ?? "?", box?.Width ?? 0, box?.Height ?? 0));
            }
            return new Rendering(errors, charts);
        });

    /// <summary>Loads the page offline in a window of the given size, looks at it (with the console and page errors so far), keeps a screenshot.</summary>
    static async Task<T> InBrowser<T>(string html, int width, int height, string screenshotName, bool fullPage, Func<IPage, IReadOnlyList<string>, Task<T>> look)
    {
        if (!File.Exists(Chromium)) Assert.Fail($"{Chromium} not found: install it with apt-get install chromium (.ci/run does)");
        var folder = Directory.CreateTempSubdirectory("l1verify-report-").FullName;
        try
        {
            var path = Path.Combine(folder, "report.html");
            File.WriteAllText(path, html);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = Chromium,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            var page = await (await browser.NewContextAsync(new() { Offline = true, ViewportSize = new() { Width = width, Height = height } })).NewPageAsync();
            var errors = new List<string>();
            page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
            page.PageError += (_, error) => errors.Add(error);
            await page.GotoAsync(new Uri(path).AbsoluteUri);
            var seen = await look(page, errors);
            var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, screenshotName);
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = fullPage });
            TestContext.Out.WriteLine($"screenshot: {screenshot}");
            return seen;
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
