package org.credalign.attainment.domain;

/**
 * The students already counted for one credential and level, held as 128-bit fingerprints of their (already
 * hashed) keys in an open-addressing table: 16 bytes per student instead of a String and a map entry, so a
 * million-row file stays far below the heap budget. Two different keys share a fingerprint with probability about
 * n²/2¹²⁹ (≈ 10⁻²⁷ for a million students), so a student is never lost to a collision in practice.
 */
final class StudentKeySet {

    private long[] high = new long[64];
    private long[] low = new long[64];
    private boolean[] used = new boolean[64];
    private int size;

    /** Adds the key; true when it was not there yet (the student has not been counted). */
    boolean add(String studentKey) {
        long h = fingerprint(studentKey, 0x9E3779B97F4A7C15L);
        long l = fingerprint(studentKey, 0xC2B2AE3D27D4EB4FL);
        if ((size + 1) * 4L > used.length * 3L) {
            grow();
        }
        return insert(h, l);
    }

    int size() {
        return size;
    }

    private boolean insert(long h, long l) {
        int mask = used.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (used[i]) {
            if (high[i] == h && low[i] == l) {
                return false;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        high[i] = h;
        low[i] = l;
        size++;
        return true;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        boolean[] oldUsed = used;
        high = new long[oldUsed.length * 2];
        low = new long[oldUsed.length * 2];
        used = new boolean[oldUsed.length * 2];
        size = 0;
        for (int i = 0; i < oldUsed.length; i++) {
            if (oldUsed[i]) {
                insert(oldHigh[i], oldLow[i]);
            }
        }
    }

    /** A seeded 64-bit hash of the characters, finished with the MurmurHash3 fmix64 avalanche step. */
    static long fingerprint(String key, long seed) {
        long h = seed ^ key.length();
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001B3L + seed;
            h = Long.rotateLeft(h, 23);
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
