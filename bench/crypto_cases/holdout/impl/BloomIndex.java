package com.example.index;

import java.util.BitSet;

public class BloomIndex {
    private final BitSet bits;
    private final int size;
    private final int hashCount;

    public BloomIndex(int size, int hashCount) {
        this.bits = new BitSet(size);
        this.size = size;
        this.hashCount = hashCount;
    }

    private int position(String key, int i) {
        int h1 = key.hashCode();
        int h2 = (h1 >>> 16) ^ (h1 * 0x45d9f3b);
        return Math.floorMod(h1 + i * h2, size);
    }

    public void add(String key) {
        for (int i = 0; i < hashCount; i++) bits.set(position(key, i));
    }

    public boolean mightContain(String key) {
        for (int i = 0; i < hashCount; i++) if (!bits.get(position(key, i))) return false;
        return true;
    }
}
