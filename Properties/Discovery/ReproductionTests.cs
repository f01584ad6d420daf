using Verification.Claims;
using Verification.Hypernetwork;
using Verification.Properties.Support;
using Verification.Results;
using Verification.Study;
using Verification.Sweep;
using Verification.Training;

namespace Verification.Properties.Discovery;

/// <summary>
/// Retrains the hypernetwork from scratch with the shipped options and checks DISC-1..3 on 11 seeds per
/// beta. About ten minutes on 2 cores, so it is its own category: .ci/run runs it, `dotnet test` does not.
/// </summary>
[Category("Reproduction"), Claim("REPRO-1")]
public class ReproductionTests
{
    [Test]
    public void A_hypernetwork_trained_from_scratch_shows_the_same_phases()
    {
        var folder = Directory.CreateTempSubdirectory("l1verify-reproduction-").FullName;
        try
        {
            var options = Shipped.Options;
            using (var trainer = new Trainer(options)) trainer.Run(folder);
            using var model = HypernetworkFile.Load(Checkpoint.InFolder(folder).Last());
            var grid = Shipped.Grid(25) with { Seeds = Enumerable.Range(0, 11).ToArray() };
            var networks = SweepRunner.Run(HypernetworkSource.Of(model), NetworkSource.Hypernetwork, null, grid, [Protocol.PhaseDimension]);
            Assert.Multiple(() =>
            {
                foreach (var claim in new[] { DiscoveryClaims.Phases(networks), DiscoveryClaims.Ordering(networks), DiscoveryClaims.Accuracy(networks) })
                    ClaimAssert.Passes(claim);
            });
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
