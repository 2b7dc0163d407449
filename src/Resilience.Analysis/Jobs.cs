namespace Resilience.Analysis;

/// <summary>
/// Independent jobs (replications, design points, refits) on up to a given number of threads. Each job writes only its
/// own result slots, so results never depend on the thread count or on which thread ran what. Ctrl+C that reaches the
/// jobs ends them with one <see cref="OperationCanceledException"/>, as it ends a loop on one thread.
/// </summary>
public static class Jobs
{
    public static void For(int count, int threads, CancellationToken cancel, Action<int> job)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancel };
        try
        {
            Parallel.For(0, count, options, job);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
        {
            throw new OperationCanceledException(cancel);
        }
    }
}
