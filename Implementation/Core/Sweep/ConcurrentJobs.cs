using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Verification.Sweep;

/// <summary>
/// Runs the independent jobs of a run on one thread per core (the calling thread among them), each thread
/// taking the next job in the listed order, so the longest jobs should come first. Each job is seeded and
/// owns its tensors, generators and hypernetwork, so what it computes does not depend on the thread that runs
/// it or on what runs beside it (checked bit for bit against one thread in BENCHMARKS.md). The finalizer
/// thread is held meanwhile (<see cref="FinalizerPause"/>), since torch then runs on more than one thread.
/// </summary>
public static class ConcurrentJobs
{
    /// <summary>
    /// One thread per core unless L1VERIFY_JOBS says otherwise: where other work holds a core (a mutation-testing
    /// run, CI beside a build), two threads share the rest and each job's caches, and 1 can be faster.
    /// </summary>
    public static int Threads =>
        EnvironmentSetting.PositiveInt("L1VERIFY_JOBS") ?? Environment.ProcessorCount;

    /// <summary>Stage: the name its time is counted under. Work: writes its own results where its caller reads them.</summary>
    public sealed record Job(string Stage, Action Work);

    /// <summary>Seconds per stage: the sum of its jobs' times, each on the thread that ran it. Finished is called one at a time.</summary>
    public static IReadOnlyDictionary<string, double> Run(IReadOnlyList<Job> jobs, int threads, Action<Job> finished)
    {
        var seconds = new double[jobs.Count];
        var next = -1;
        var reporting = new Lock();
        void Work()
        {
            Torch.Initialise();
            int k;
            while ((k = Interlocked.Increment(ref next)) < jobs.Count)
            {
                var clock = Stopwatch.StartNew();
                try
                {
                    jobs[k].Work();
                }
                catch
                {
                    // The other threads stop after their current job: the run has failed.
                    Interlocked.Exchange(ref next, jobs.Count);
                    throw;
                }
                seconds[k] = clock.Elapsed.TotalSeconds;
                lock (reporting) finished(jobs[k]);
            }
        }

        using (FinalizerPause.Begin())
        {
            var helpers = Enumerable.Range(0, Math.Clamp(threads, 1, Math.Max(1, jobs.Count)) - 1)
                .Select(_ => Task.Factory.StartNew(Work, TaskCreationOptions.LongRunning)).ToArray();
            Exception? failure = null;
            try { Work(); }
            catch (Exception e) { failure = e; }
            foreach (var helper in helpers)
            {
                try { helper.Wait(); }
                catch (AggregateException e) { failure ??= e.InnerException; }
            }
            if (failure is not null) ExceptionDispatchInfo.Capture(failure).Throw();
        }
        return jobs.Select((job, k) => (job.Stage, Seconds: seconds[k])).GroupBy(j => j.Stage)
            .ToDictionary(stage => stage.Key, stage => stage.Sum(j => j.Seconds));
    }
}
