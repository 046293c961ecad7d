namespace Audit.Workflows.Programme;

/// <summary>
/// A reproducible random draw: the same candidates (in the same order) and the same seed always give the same cases,
/// so a draw recorded with its seed can be repeated and explained. <see cref="Random"/> with a seed uses the same
/// algorithm on every .NET version, which is what makes the record worth keeping.
/// </summary>
public static class CaseSampler
{
    public static IReadOnlyList<T> Draw<T>(IReadOnlyList<T> candidates, int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var pool = candidates.ToArray();
        var random = new Random(seed);
        var take = Math.Min(count, pool.Length);
        // A partial Fisher–Yates shuffle: the first `take` places hold a uniformly random selection.
        for (var i = 0; i < take; i++)
        {
            var j = random.Next(i, pool.Length);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return pool[..take];
    }

    /// <summary>A fresh seed for a new draw, from 1 to 999,999 so it is easy to read out and type.</summary>
    public static int NewSeed() => Random.Shared.Next(1, 1_000_000);
}
