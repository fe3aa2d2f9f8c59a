package org.jbareos.filedaemon;

/**
 * Python's {@code random.Random(seed).randbytes(n)} (MT19937 seeded with {@code init_by_array([seed])}; {@code
 * randbytes} is {@code getrandbits(8n).to_bytes(n, "little")}, i.e. each 32-bit output little-endian in turn), to
 * rebuild the kit's random.bin (conformance README: {@code random.Random(42).randbytes(300*1024)}).
 */
public final class MersenneTwister {

  private static final int N = 624;
  private static final int M = 397;
  private final int[] mt = new int[N];
  private int index = N + 1;

  public MersenneTwister(int seed) {
    initByArray(new int[] {seed});
  }

  private void initGenrand(int seed) {
    mt[0] = seed;
    for (index = 1; index < N; index++) {
      mt[index] = 1812433253 * (mt[index - 1] ^ (mt[index - 1] >>> 30)) + index;
    }
  }

  private void initByArray(int[] key) {
    initGenrand(19650218);
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    index = N;
  }

  /** The next 32-bit output. */
  public int nextInt() {
    if (index >= N) {
      for (int k = 0; k < N; k++) {
        int y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
        mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
      }
      index = 0;
    }
    int y = mt[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y;
  }

  /** {@code randbytes(n)} for n a multiple of 4. */
  public byte[] randbytes(int n) {
    byte[] out = new byte[n];
    for (int i = 0; i < n; i += 4) {
      int word = nextInt();
      out[i] = (byte) word;
      out[i + 1] = (byte) (word >>> 8);
      out[i + 2] = (byte) (word >>> 16);
      out[i + 3] = (byte) (word >>> 24);
    }
    return out;
  }
}
