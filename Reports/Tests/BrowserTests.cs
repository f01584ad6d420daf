using Microsoft.Playwright;
using Verification.Reports.Tests.Support;

namespace Verification.Reports.Tests;

/// <summary>
/// The report in a real browser: Debian's headless Chromium, driven by Playwright, loads the file offline,
/// logs no console or page errors, and lays out every chart with a non-zero size; a broken page fails both
/// checks. A screenshot is kept in the test's output folder. Needs /usr/bin/chromium (apt-get install chromium).
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

    static async Task<Rendering> Render(string html, string screenshotName)
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
            var page = await (await browser.NewContextAsync(new() { Offline = true })).NewPageAsync();
            var errors = new List<string>();
            page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
            page.PageError += (_, error) => errors.Add(error);
            await page.GotoAsync(new Uri(path).AbsoluteUri);
            var charts = new List<(string, float, float)>();
            foreach (var chart in await page.Locator("svg").AllAsync())
            {
                var box = await chart.BoundingBoxAsync();
                charts.Add(((await chart.GetAttributeAsync("aria-label")) ?? "?", box?.Width ?? 0, box?.Height ?? 0));
            }
            var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, screenshotName);
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
            TestContext.Out.WriteLine($"screenshot: {screenshot}");
            return new Rendering(errors, charts);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
