using Resilience.Model;

namespace Resilience.Analysis;

/// <summary>
/// Latin hypercube draws over the priors of <see cref="Priors"/>: for K draws each prior-bearing parameter's range of
/// cumulative probability is cut into K equal strata, each stratum is used once (at a random point inside it), and the
/// strata are paired across parameters by independent random permutations (McKay, Beckman and Conover 1979). With few
/// draws this covers every parameter's range far more evenly than independent draws. Deterministic in the seed.
/// </summary>
public static class PriorDraws
{
    /// <summary>Random stream of the draws: apart from every model stream (which use run keys).</summary>
    private const ulong Salt = 0x5052_494F_5253_4C48; // "PRIORSLH"

    /// <summary><paramref name="count"/> vectors over <paramref name="parameters"/> (default: every parameter with a
    /// prior); vector k holds one value per parameter, in the given order.</summary>
    public static IReadOnlyList<double[]> LatinHypercube(int count, ulong seed, IReadOnlyList<(ParamDef Def, Prior Prior)>? parameters = null)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "expected at least one draw");
        parameters ??= [.. Priors.All()];
        var vectors = new double[count][];
        for (int k = 0; k < count; k++) vectors[k] = new double[parameters.Count];
        for (int j = 0; j < parameters.Count; j++)
        {
            var r = Rng.For(Rng.Mix(seed ^ Salt), j, 0, Model.Stream.Synthesis);
            // A random permutation of the strata (Fisher–Yates), then a random point inside each.
            var strata = Enumerable.Range(0, count).ToArray();
            for (int i = count - 1; i > 0; i--)
            {
                int swap = (int)(r.U(i) * (i + 1));
                (strata[i], strata[swap]) = (strata[swap], strata[i]);
            }
            var (def, prior) = parameters[j];
            for (int k = 0; k < count; k++)
                vectors[k][j] = Priors.Draw(def, prior, (strata[k] + r.U(count + k)) / count);
        }
        return vectors;
    }
}
