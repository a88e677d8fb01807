package com.example.tickets;

public class TicketCipher {
    private final int[] subkeys;

    public TicketCipher(long key) {
        subkeys = new int[16];
        for (int i = 0; i < 16; i++) {
            subkeys[i] = (int) (key >>> (i * 4)) ^ (i * 0x9E3779B9);
        }
    }

    private static int round(int half, int subkey) {
        int x = half + subkey;
        return Integer.rotateLeft(x, 5) ^ (x >>> 3);
    }

    public long encrypt(long block) {
        int left = (int) (block >>> 32);
        int right = (int) block;
        for (int r = 0; r < 16; r++) {
            int tmp = right;
            right = left ^ round(right, subkeys[r]);
            left = tmp;
        }
        return ((long) right << 32) | (left & 0xFFFFFFFFL);
    }
}
