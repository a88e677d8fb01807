package com.example.routing;

import java.nio.charset.StandardCharsets;
import java.util.List;

public class ShardRouter {
    private final List<String> shards;

    public ShardRouter(List<String> shards) {
        this.shards = shards;
    }

    static int murmurMix(byte[] data, int seed) {
        int h = seed;
        for (byte b : data) {
            int k = b & 0xFF;
            k *= 0xCC9E2D51;
            k = Integer.rotateLeft(k, 15);
            k *= 0x1B873593;
            h ^= k;
            h = Integer.rotateLeft(h, 13) * 5 + 0xE6546B64;
        }
        h ^= data.length;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        return h ^ (h >>> 13);
    }

    public String shardFor(String key) {
        int h = murmurMix(key.getBytes(StandardCharsets.UTF_8), 42);
        return shards.get(Math.floorMod(h, shards.size()));
    }
}
