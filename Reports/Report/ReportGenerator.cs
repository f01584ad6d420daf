using Verification.Files;
using Verification.Reports.Sections;
using Verification.Results;
using Verification.Vocabulary;

namespace Verification.Reports;

/// <summary>
/// Writes the verification report: one self-contained HTML file (inline CSS and SVG, no scripts, nothing
/// fetched), readable offline and printable. The same results give the same bytes. See Spec/report.md.
/// </summary>
public static class ReportGenerator
{
    public static void Write(RunResults results, string path) => AtomicFile.WriteAllText(path, Render(results));

    public static string Render(RunResults results) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>L1 hypernetwork verification report</title><style>{Style}</style></head>
        <body><header><h1>L1 hypernetwork verification report</h1>
        <p>Claims of arXiv 2312.03051 as this suite states them (Spec/claims.md), checked on the run described in section 7.</p>
        <nav><a href="#scorecard">Scorecard</a> <a href="#verdict">Verdict</a> <a href="#complexity">Complexity</a> <a href="#phases">Phases</a> <a href="#generalisation">Generalisation</a> <a href="#gallery">Gallery</a> <a href="#baseline">Baseline</a> <a href="#metadata">Metadata</a></nav></header>
        <main>
        {ScorecardSection.Render(results)}
        {VerdictSection.Render(results)}
        {ComplexitySection.Render(results)}
        {PhaseSection.Render(results)}
        {GeneralisationSection.Render(results)}
        {GallerySection.Render(results)}
        {BaselineSection.Render(results)}
        {MetadataSection.Render(results)}
        </main></body></html>

        """;

    const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1200px;padding:1rem 2rem;color:#222;line-height:1.4}
        h1{font-size:1.6rem;margin:.4rem 0}header p{margin:.3rem 0}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
        nav a{margin-right:1rem}
        table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.85rem}caption{text-align:left;font-weight:600;padding:.3rem 0}
        th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}thead th{background:#f2f2f2}
        .badge{display:inline-block;padding:.1rem .5rem;border-radius:.7rem;font-weight:700;color:#fff}
        .badge.pass,.badge.holds{background:#1b7837}.badge.fail,.badge.does-not-hold{background:#b2182b}.badge.not-run,.badge.not-measured{background:#777}.badge.partly{background:#b35806}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(16.5rem,1fr));gap:.6rem}
        .finding{border:1px solid #ccc;border-radius:.4rem;padding:.4rem .7rem;min-width:0}.finding h3{font-size:1rem;margin:.1rem 0 .2rem;display:flex;justify-content:space-between;align-items:baseline;gap:.5rem}.finding .badge{white-space:nowrap;font-size:.85rem}.finding p{margin:.25rem 0;overflow-wrap:anywhere}
        .finding .figure{font-size:.82rem}#scorecard h2{margin-top:1rem}#scorecard .summary{margin:.4rem 0}.finding .links{font-size:.8rem}.links a.fail{color:#b2182b}.links a.not-run{color:#555}
        .wide{overflow-x:auto}td,th{overflow-wrap:anywhere}.not-run li{margin:.3rem 0;overflow-wrap:anywhere}
        .open{font-size:.75rem;border:1px solid #777;border-radius:.5rem;padding:0 .3rem;color:#444}
        .pair{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
        .legend span{margin-right:1rem;white-space:nowrap}.legend i{display:inline-block;width:.9rem;height:.9rem;margin-right:.3rem;vertical-align:middle;border:1px solid #555}
        svg text.tick{font-size:9px;fill:#333}svg text.axis{font-size:11px;fill:#000}svg line.grid{stroke:#ddd}
        figure{margin:1rem 0;border-top:1px solid #eee}figcaption{font-weight:600;margin:.5rem 0}
        code{font-size:.8rem}
        @media (max-width:600px){body{padding:.5rem .8rem}table{font-size:.75rem}}
        @media print{nav{display:none}section{page-break-before:always}section#scorecard,section#verdict{page-break-before:avoid}body{max-width:none}}
        """;
}
