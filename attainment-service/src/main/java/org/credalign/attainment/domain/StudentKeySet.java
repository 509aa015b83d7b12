package org.credalign.attainment.domain;

/**
 * The students already counted for one credential and level, held as 128-bit fingerprints of their (already
 * hashed) keys in an open-addressing table: 16 bytes per student instead of a String and a map entry, so a
 * million-row file stays far below the heap budget. Two different keys share a fingerprint with probability about
 * n²/2¹²⁹ (≈ 10⁻²⁷ for a million students), so a student is never lost to a collision in practice.
 * The table lives off the heap (a direct buffer): tens of megabytes of long-lived, randomly written arrays would
 * otherwise be copied by young collections and trigger old-generation cycles, which cost more than the counting.
 */
final class StudentKeySet {

    /** Fingerprint halves side by side (slot i at 2i, 2i+1) so a probe touches one cache line; (0, 0) is empty. */
    private java.nio.LongBuffer slots = allocate(2 * 64);
    private int size;

    /** Adds the key; true when it was not there yet (the student has not been counted). */
    boolean add(String studentKey) {
        long h = fingerprint(studentKey, 0x9E3779B97F4A7C15L);
        long l = fingerprint(studentKey, 0xC2B2AE3D27D4EB4FL);
        if (h == 0 && l == 0) {
            l = 1; // keeps (0, 0) free to mean "empty"; merges two fingerprints out of 2^128
        }
        if ((size + 1) * 2 > slots.capacity() / 2) {
            grow(); // at most half full: short probe sequences
        }
        return insert(h, l);
    }

    int size() {
        return size;
    }

    private boolean insert(long h, long l) {
        int mask = slots.capacity() / 2 - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
            long storedHigh = slots.get(2 * i);
            long storedLow = slots.get(2 * i + 1);
            if (storedHigh == 0 && storedLow == 0) {
                slots.put(2 * i, h);
                slots.put(2 * i + 1, l);
                size++;
                return true;
            }
            if (storedHigh == h && storedLow == l) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        java.nio.LongBuffer old = slots;
        slots = allocate(old.capacity() * 2);
        size = 0;
        for (int i = 0; i < old.capacity(); i += 2) {
            long h = old.get(i);
            long l = old.get(i + 1);
            if (h != 0 || l != 0) {
                insert(h, l);
            }
        }
    }

    /** A zeroed off-heap table of {@code longs} longs, in native byte order. */
    private static java.nio.LongBuffer allocate(int longs) {
        return java.nio.ByteBuffer.allocateDirect(longs * Long.BYTES).order(java.nio.ByteOrder.nativeOrder())
                .asLongBuffer();
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
