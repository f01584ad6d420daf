using System.Runtime.CompilerServices;
using Verification.Claims;

namespace Verification.Properties.Claims;

/// <summary>
/// Spec/claims.md is traceable both ways: every claim names test files that exist and carry its id, and a
/// malformed row is refused rather than read with shifted cells.
/// </summary>
[Claim("TRACE-1")]
public class ClaimCatalogTests
{
    static string RepositoryRoot([CallerFilePath] string source = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", ".."));

    [Test]
    public void Every_claim_names_test_files_that_exist_and_carry_its_id()
    {
        Assert.Multiple(() =>
        {
            foreach (var claim in ClaimCatalog.All)
            {
                var tests = claim.Evidence.Where(e => e.EndsWith(".cs", StringComparison.Ordinal)).ToArray();
                Assert.That(tests, Is.Not.Empty, $"{claim.Id} names no test file");
                foreach (var test in tests)
                {
                    var path = Path.Combine(RepositoryRoot(), test);
                    Assert.That(File.Exists(path), Is.True, $"{claim.Id}: {test} does not exist");
                    if (File.Exists(path))
                        Assert.That(File.ReadAllText(path), Does.Contain($"Claim(\"{claim.Id}\")"), $"{claim.Id}: {test} does not carry the claim id");
                }
            }
        });
    }

    [Test]
    public void Ids_are_unique() =>
        Assert.That(ClaimCatalog.All.Select(c => c.Id), Is.Unique);

    [Test]
    public void A_pipe_inside_a_cell_is_read_when_escaped_and_refused_when_not()
    {
        Assert.That(ClaimCatalog.Parse(@"| X-1 | `\|\|x\|\|_1` is a norm | exact | `a/b.cs` | holds |").Single().Statement, Is.EqualTo("`||x||_1` is a norm"));
        Assert.That(() => ClaimCatalog.Parse("| X-1 | `||x||_1` is a norm | exact | `a/b.cs` | holds |"), Throws.TypeOf<InvalidDataException>());
    }

    [Test]
    public void A_row_without_a_known_status_is_refused() =>
        Assert.That(() => ClaimCatalog.Parse("| X-1 | a claim | exact | `a/b.cs` | maybe |"), Throws.TypeOf<InvalidDataException>());

    [Test]
    public void A_row_with_a_sixth_cell_is_refused_though_its_fifth_is_a_status() =>
        Assert.That(() => ClaimCatalog.Parse("| X-1 | a claim | exact | `a/b.cs` | holds | later |"), Throws.TypeOf<InvalidDataException>());

    [Test]
    public void No_FsCheck_property_names_its_claim_on_the_method()
    {
        // FsCheck's [Property] builds its tests without the method's other attributes: a claim there reaches
        // neither --filter TestCategory=ID nor the OpenClaim exclusion, so it must sit on the class.
        var misplaced = typeof(ClaimCatalogTests).Assembly.GetTypes().SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttributes(typeof(FsCheck.NUnit.PropertyAttribute), false).Length > 0
                && m.GetCustomAttributes(typeof(ClaimAttribute), false).Length > 0)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}").ToArray();
        Assert.That(misplaced, Is.Empty);
    }
}
