using System.IO.Compression;
using Verification.Networks;
using Verification.Properties.Support;

namespace Verification.Properties.Cli;

/// <summary>
/// The suite as a .NET tool, as the README installs it: dotnet pack, then dotnet tool install from that local
/// folder into a temporary tool path, then l1verify run from a folder outside the repository. Category Tool:
/// packing and installing about 1 GB of TorchSharp takes about two minutes, so the default run leaves it out
/// and CI runs it.
/// </summary>
[Category("Tool"), Claim("TOOL-1")]
public class ToolPackageTests
{
    static string Repository() => RepositoryFolder.Root();

    static ChildProcess.Outcome Dotnet(params string[] arguments)
    {
        var outcome = ChildProcess.Run("dotnet", arguments, timeout: TimeSpan.FromMinutes(10));
        Assert.That(outcome.ExitCode, Is.Zero, $"dotnet {string.Join(' ', arguments)}: {outcome}");
        return outcome;
    }

    [Test]
    public void The_packed_tool_installs_and_runs_from_any_folder()
    {
        var folder = Directory.CreateTempSubdirectory("l1verify-tool-").FullName;
        try
        {
            var (packages, tools, elsewhere) = (Path.Combine(folder, "packages"), Path.Combine(folder, "tools"), Directory.CreateDirectory(Path.Combine(folder, "elsewhere")).FullName);
            Dotnet("pack", Path.Combine(Repository(), "Implementation", "Cli", "Verification.Cli.csproj"), "-o", packages);
            var package = Directory.GetFiles(packages, "l1verify.*.nupkg").Single();
            using (var zip = ZipFile.OpenRead(package))
                Assert.That(zip.Entries.Select(e => e.FullName), Has.Some.EndsWith("/Checkpoints/hypernetwork.l1hyper"), "the shipped checkpoint is in the package");
            Dotnet("tool", "install", "--tool-path", tools, "--add-source", packages, "l1verify");
            var l1verify = Path.Combine(tools, "l1verify");

            var check = ChildProcess.Run(l1verify, ["check", Fixtures.Named("sequential-n3-float64.pt"), "--json"], elsewhere);
            Assert.That(check.ExitCode, Is.Zero, check.ToString());
            Assert.That(check.Out, Does.Contain("\"p99RelError\""));

            var generate = ChildProcess.Run(l1verify, ["generate", "--n", "4", "--beta", "1e-4", "--out", "net.safetensors"], elsewhere);
            Assert.That(generate.ExitCode, Is.Zero, generate.ToString());
            Assert.That(NetworkFile.Read(Path.Combine(elsewhere, "net.safetensors")).Inputs, Is.EqualTo(4));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
