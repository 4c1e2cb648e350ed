package org.demarche.engine;

/**
 * The game's seeded generator, split per purpose and turn: each draw site gets its own stream
 * derived from (game seed, turn, purpose, a, b), so adding a random draw somewhere does not
 * shift any other draw. SplitMix64; the same on every JVM.
 *
 * <p>Mutable and not thread-safe: one per resolving thread, re-pointed with {@link #use}.
 */
public final class GameRandom {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  /** What a draw is for; part of the stream's identity. */
  public enum Purpose {
    ACTION_CHANCE,
    JOINT_CHANCE,
    ACTION_EXPRESSION,
    EVENT_TRIGGER,
    EVENT_EFFECT,
    DYNAMIC,
    DERIVED,
    INCOME,
    SCORE,
    END,
    ESTIMATE,
    POLICY
  }

  /** The game seed mixed once: every stream is derived from it. */
  private final long mixedSeed;
  private long state;

  public GameRandom(long gameSeed) {
    this.mixedSeed = mix(gameSeed);
    this.state = mixedSeed;
  }

  /** Points this generator at the stream for one draw site. */
  public void use(int turn, Purpose purpose, int a, int b) {
    // Two rounds of mixing over odd-multiplied fields: distinct (turn, purpose, a, b) give
    // unrelated streams, at a fraction of the cost of mixing each field in turn.
    long site = turn * 0xd1b54a32d192ed03L + purpose.ordinal() * 0xabc98388fb8fac03L
        + a * 0x8cb92ba72f3d8dd7L + b * 0x9e3779b97f4a7c15L;
    state = mix(mixedSeed ^ site);
  }

  /** A uniform draw in [0, 1). */
  public double nextDouble() {
    state += GOLDEN_GAMMA;
    return (mix(state) >>> 11) * 0x1.0p-53;
  }

  /** A standard normal draw from two uniform draws (Box-Muller, no cached spare). */
  public double nextGaussian() {
    double u1 = 1.0 - nextDouble();
    double u2 = nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** A uniform integer in [0, bound). */
  public int nextInt(int bound) {
    return (int) (nextDouble() * bound);
  }

  /** Derives a run's seed from a base seed, for running many games from one seed. */
  public static long derive(long seed, long index) {
    return mix(mix(seed) + index * GOLDEN_GAMMA);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
