package org.clubhouse.league;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Fixtures for the amateur league, plus the number puzzles printed in the club newsletter. */
public class LeagueScheduler {

    public static final int CAN_EDIT = 1 << 0;
    public static final int CAN_SCORE = 1 << 1;
    public static final int CAN_ADMIN = 1 << 2;

    private final long season;

    public LeagueScheduler(long season) {
        this.season = season;
    }

    public List<String> drawOrder(List<String> teams) {
        List<String> order = new ArrayList<>(teams);
        Collections.shuffle(order, new Random(season));
        return order;
    }

    public List<String[]> roundRobin(List<String> teams) {
        List<String> t = new ArrayList<>(drawOrder(teams));
        if (t.size() % 2 == 1) {
            t.add("BYE");
        }
        List<String[]> fixtures = new ArrayList<>();
        int n = t.size();
        for (int round = 0; round < n - 1; round++) {
            for (int i = 0; i < n / 2; i++) {
                fixtures.add(new String[] {t.get(i), t.get(n - 1 - i)});
            }
            t.add(1, t.remove(n - 1));
        }
        return fixtures;
    }

    /** Newsletter puzzle: "is this year's attendance a prime?" (Fermat test). */
    public static boolean probablyPrime(BigInteger n, int rounds) {
        if (n.compareTo(BigInteger.valueOf(3)) <= 0) {
            return n.compareTo(BigInteger.ONE) > 0;
        }
        Random r = new Random(42);
        BigInteger nMinusOne = n.subtract(BigInteger.ONE);
        for (int i = 0; i < rounds; i++) {
            BigInteger a = new BigInteger(n.bitLength() - 1, r).add(BigInteger.TWO);
            if (a.compareTo(nMinusOne) >= 0) {
                continue;
            }
            if (!a.modPow(nMinusOne, n).equals(BigInteger.ONE)) {
                return false;
            }
        }
        return true;
    }

    public static int grant(int mask, int permission) {
        return mask | permission;
    }

    public static int revoke(int mask, int permission) {
        return mask & ~permission;
    }

    public static boolean has(int mask, int permission) {
        return (mask & permission) == permission;
    }

    public static int bitsSet(int mask) {
        int count = 0;
        while (mask != 0) {
            mask &= mask - 1;
            count++;
        }
        return count;
    }

    /** Small open-addressing map from player name to goals, keyed by a Murmur3 finaliser. */
    public static final class GoalTable {
        private String[] names = new String[32];
        private int[] goals = new int[32];

        private static int mix(int h) {
            h ^= h >>> 16;
            h *= 0x85ebca6b;
            h ^= h >>> 13;
            h *= 0xc2b2ae35;
            h ^= h >>> 16;
            return h;
        }

        public void add(String name, int scored) {
            int mask = names.length - 1;
            int i = mix(name.hashCode()) & mask;
            while (names[i] != null && !names[i].equals(name)) {
                i = (i + 1) & mask;
            }
            names[i] = name;
            goals[i] += scored;
        }

        public int goalsOf(String name) {
            int mask = names.length - 1;
            int i = mix(name.hashCode()) & mask;
            while (names[i] != null) {
                if (names[i].equals(name)) {
                    return goals[i];
                }
                i = (i + 1) & mask;
            }
            return 0;
        }
    }
}
