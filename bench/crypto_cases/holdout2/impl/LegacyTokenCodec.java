package com.acme.gateway.tokens;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/** Encodes the opaque tokens the legacy mobile clients still send. */
public final class LegacyTokenCodec {

    private static final int DELTA = 0x9E3779B9;
    private static final int ROUNDS = 32;

    private final int[] key = new int[4];

    public LegacyTokenCodec(byte[] keyBytes) {
        ByteBuffer buf = ByteBuffer.wrap(keyBytes);
        for (int i = 0; i < 4; i++) {
            key[i] = buf.getInt();
        }
    }

    private void encipher(int[] v) {
        int v0 = v[0], v1 = v[1], sum = 0;
        for (int i = 0; i < ROUNDS; i++) {
            v0 += (((v1 << 4) ^ (v1 >>> 5)) + v1) ^ (sum + key[sum & 3]);
            sum += DELTA;
            v1 += (((v0 << 4) ^ (v0 >>> 5)) + v0) ^ (sum + key[(sum >>> 11) & 3]);
        }
        v[0] = v0;
        v[1] = v1;
    }

    private void decipher(int[] v) {
        int v0 = v[0], v1 = v[1], sum = DELTA * ROUNDS;
        for (int i = 0; i < ROUNDS; i++) {
            v1 -= (((v0 << 4) ^ (v0 >>> 5)) + v0) ^ (sum + key[(sum >>> 11) & 3]);
            sum -= DELTA;
            v0 -= (((v1 << 4) ^ (v1 >>> 5)) + v1) ^ (sum + key[sum & 3]);
        }
        v[0] = v0;
        v[1] = v1;
    }

    public String encode(String claims) {
        byte[] plain = claims.getBytes(StandardCharsets.UTF_8);
        int blocks = (plain.length + 7) / 8;
        ByteBuffer in = ByteBuffer.allocate(blocks * 8).put(plain);
        in.flip();
        ByteBuffer out = ByteBuffer.allocate(8 + blocks * 8);
        out.put(newIv());
        int[] pair = new int[2];
        while (in.remaining() >= 8) {
            pair[0] = in.getInt();
            pair[1] = in.getInt();
            encipher(pair);
            out.putInt(pair[0]).putInt(pair[1]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
    }

    public String decode(String token) {
        ByteBuffer in = ByteBuffer.wrap(Base64.getUrlDecoder().decode(token));
        in.position(8);
        ByteBuffer out = ByteBuffer.allocate(in.remaining());
        int[] pair = new int[2];
        while (in.remaining() >= 8) {
            pair[0] = in.getInt();
            pair[1] = in.getInt();
            decipher(pair);
            out.putInt(pair[0]).putInt(pair[1]);
        }
        return new String(out.array(), StandardCharsets.UTF_8).trim();
    }

    byte[] newIv() {
        byte[] iv = new byte[8];
        Random random = new Random(System.nanoTime());
        random.nextBytes(iv);
        return iv;
    }
}
