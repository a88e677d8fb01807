package com.example.onboarding;

import java.time.Instant;

public class InviteCodes {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private long seed;

    public InviteCodes() {
        this.seed = (Instant.now().toEpochMilli() ^ 0x5DEECE66DL) & ((1L << 48) - 1);
    }

    private int next(int bits) {
        seed = (seed * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
        return (int) (seed >>> (48 - bits));
    }

    public String newInviteCode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append(ALPHABET.charAt(Math.floorMod(next(31), ALPHABET.length())));
        }
        return sb.toString();
    }
}
