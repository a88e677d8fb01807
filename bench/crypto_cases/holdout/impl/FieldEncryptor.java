package com.example.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

public final class FieldEncryptor {
    private final byte[] key;

    public FieldEncryptor(String secret) {
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String encrypt(String plain) {
        byte[] data = plain.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = (byte) (data[i] ^ key[i % key.length]);
        }
        return Base64.getEncoder().encodeToString(out);
    }

    public String decrypt(String encoded) {
        byte[] data = Base64.getDecoder().decode(encoded);
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = (byte) (data[i] ^ key[i % key.length]);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
