using Verification.Algorithms;
using Verification.Classifier;
using Verification.Networks;

namespace Verification.Properties.Classifier;

/// <summary>
/// The sweep classifies networks in parallel. Classifying many networks at once, while another thread
/// keeps the garbage collector and its finalizers busy, must give what classifying them one by one gives.
/// A classifier that passes short-lived native objects (TorchSharp scalars) to native code fails here: the
/// finalizer frees them in the middle of the call (seen in `reproduce` as "Unknown scalar type").
/// </summary>
[Claim("CLS-4")]
public class ClassifierConcurrencyTests
{
    [Test]
    public void Parallel_classification_under_garbage_collection_equals_sequential_classification()
    {
        var networks = Enumerable.Range(0, 400)
            .Select(i => HandEncoded.Encode(HandEncoded.Labels[i % HandEncoded.Labels.Count], 4 + i % 13))
            .ToArray();
        var sequential = networks.Select(Describe).ToArray();

        using var stop = new CancellationTokenSource();
        var collector = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
        });
        var parallel = new string[networks.Length];
        try
        {
            for (var round = 0; round < 5; round++)
                Parallel.For(0, networks.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, System.Environment.ProcessorCount) },
                    i => parallel[i] = Describe(networks[i]));
        }
        finally
        {
            stop.Cancel();
            collector.Wait();
        }
        Assert.That(parallel, Is.EqualTo(sequential));
    }

    static string Describe(Network network)
    {
        var classification = AlgorithmClassifier.Classify(network);
        return $"{classification.Algorithm} {classification.Parameters} {string.Join(",", classification.Neurons.Select(p => p.Contribution.ToString("R")))}";
    }
}
