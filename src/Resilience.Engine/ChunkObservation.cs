using Resilience.Model;

namespace Resilience.Engine;

/// <summary>
/// A month's observation in the engine's fixed chunks of clients: each chunk adds its clients into accumulators of
/// its own (chunks run in parallel), and <see cref="Merge"/> adds the chunks up in chunk order, so totals never depend
/// on the thread count. The merge also sets what next month's clients read from this one (the neighbourhood norms and
/// the caseload's mean prospect, by the model's rule <see cref="Model.Feedback"/>). The burn-in and the run observe
/// through it alike (<see cref="MonthRunner"/>).
/// </summary>
internal sealed class ChunkObservation
{
    private readonly double[][] _acc;
    private readonly long[][] _transitions;
    private readonly int[][] _neighbourhood;
    /// <summary>Per chunk, the caseload's prospect sum and size in a burn-in month (<see cref="Feedback"/>).</summary>
    private readonly double[] _prospect;
    private readonly long[] _caseload;

    public ChunkObservation(int clients, int neighbourhoods)
    {
        int chunks = Simulation.Chunks(clients);
        _acc = new double[chunks][];
        _transitions = new long[chunks][];
        _neighbourhood = new int[chunks][];
        _prospect = new double[chunks];
        _caseload = new long[chunks];
        for (int c = 0; c < chunks; c++)
        {
            _acc[c] = new double[Subgroups.Count * Acc.Count];
            _transitions[c] = new long[Observer.TransitionSlots];
            _neighbourhood[c] = new int[Model.Feedback.TallySize(neighbourhoods)];
        }
    }

    /// <summary>Add the clients of <paramref name="chunk"/> into that chunk's accumulators.</summary>
    public void Accumulate(int chunk, Population s, Parameters p, int month)
    {
        int from = chunk * Simulation.ChunkSize, to = Math.Min(s.Count, from + Simulation.ChunkSize);
        Array.Clear(_acc[chunk]);
        Array.Clear(_transitions[chunk]);
        Array.Clear(_neighbourhood[chunk]);
        Observer.Accumulate(s, p, month, from, to, _acc[chunk], _transitions[chunk], _neighbourhood[chunk]);
    }

    /// <summary>Only what the model reads back from the month (the neighbourhood norms, the caseload's mean prospect)
    /// for the clients of <paramref name="chunk"/>: a burn-in month records nothing else (<see cref="MergeFeedback"/>).</summary>
    public void Feedback(int chunk, Population s, Parameters p)
    {
        int from = chunk * Simulation.ChunkSize, to = Math.Min(s.Count, from + Simulation.ChunkSize);
        Array.Clear(_neighbourhood[chunk]);
        Model.Feedback.Tally(s, p, from, to, _neighbourhood[chunk], out _prospect[chunk], out _caseload[chunk]);
    }

    /// <summary>Add the chunks' <see cref="Feedback"/> up in chunk order and set <paramref name="ctx"/>'s neighbourhood
    /// norms and mean prospect, as <see cref="Merge"/> does from the full observation.</summary>
    public void MergeFeedback(int chunks, MonthContext ctx)
    {
        double sum = 0, n = 0;
        for (int c = 0; c < chunks; c++) { sum += _prospect[c]; n += _caseload[c]; }
        SetFeedback(chunks, sum, n, ctx);
    }

    /// <summary>Add chunks [0, <paramref name="chunks"/>) into <paramref name="raw"/> and <paramref name="tr"/>, price
    /// them at <paramref name="ctx"/>'s parameters, and set its neighbourhood norms and mean prospect.</summary>
    public void Merge(int chunks, double[] raw, long[] tr, MonthContext ctx)
    {
        Array.Clear(raw);
        Array.Clear(tr);
        for (int c = 0; c < chunks; c++) // merged in chunk order: deterministic floating-point sums
        {
            var a = _acc[c];
            for (int k = 0; k < raw.Length; k++) raw[k] += a[k];
            var t = _transitions[c];
            for (int k = 0; k < tr.Length; k++) tr[k] += t[k];
        }
        Observer.ApplyPrices(raw, ctx.P);
        SetFeedback(chunks, raw[Acc.SumProspect], raw[Acc.Caseload], ctx);
    }

    /// <summary>The chunks' neighbourhood counts added up, and with the caseload's prospect sum and size set into
    /// <paramref name="ctx"/> for next month by the model's rule (<see cref="Model.Feedback.Set"/>).</summary>
    private void SetFeedback(int chunks, double prospectSum, double caseload, MonthContext ctx)
    {
        Span<int> nb = stackalloc int[Model.Feedback.TallySize(ctx.NeighbourhoodBenefitShare.Length)];
        for (int c = 0; c < chunks; c++)
        {
            var n = _neighbourhood[c];
            for (int k = 0; k < nb.Length; k++) nb[k] += n[k];
        }
        Model.Feedback.Set(ctx, nb, prospectSum, caseload);
    }
}
