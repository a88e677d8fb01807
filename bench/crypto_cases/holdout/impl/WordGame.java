package com.example.games;

import java.util.Random;

public class WordGame {
    private final Random random;

    public WordGame(long seed) {
        this.random = new Random(seed);
    }

    public String scramble(String word) {
        int shift = 1 + random.nextInt(25);
        StringBuilder sb = new StringBuilder();
        for (char c : word.toLowerCase().toCharArray()) {
            sb.append(Character.isLetter(c) ? (char) ('a' + (c - 'a' + shift) % 26) : c);
        }
        return sb.toString();
    }
}
