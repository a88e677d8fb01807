package org.knightsgambit.club;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** Knight's Gambit chess club: members, tournament pairings, the engine room and online play. */
public final class ChessClub {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final BigInteger LINK_P = new BigInteger("2305843009213693951");
    private static final BigInteger LINK_G = BigInteger.valueOf(3);

    static String passwordResetToken() {
        StringBuilder sb = new StringBuilder();
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Obscures rating-account passwords before they go into the legacy member table. */
    static final class RatingVault {
        private final int[] schedule;

        RatingVault(int[] key) {
            schedule = new int[22];
            int k = key[0];
            int l = key[1];
            for (int i = 0; i < schedule.length; i++) {
                schedule[i] = k;
                l = (Integer.rotateRight(l, 8) + k) ^ i;
                k = Integer.rotateLeft(k, 3) ^ l;
            }
        }

        long encrypt(int x, int y) {
            for (int rk : schedule) {
                x = (Integer.rotateRight(x, 8) + y) ^ rk;
                y = Integer.rotateLeft(y, 3) ^ x;
            }
            return ((long) x << 32) | (y & 0xffffffffL);
        }
    }

    static boolean arbiterCodeMatches(String expected, String entered) {
        if (expected.length() != entered.length()) {
            return false;
        }
        for (int i = 0; i < expected.length(); i++) {
            if (expected.charAt(i) != entered.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static String maskEmergencyPhone(String phone) {
        StringBuilder out = new StringBuilder();
        for (char c : phone.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('0' + (c - '0' + 4) % 10) : c);
        }
        return out.toString();
    }

    /** Key agreement between the club's two demo boards. */
    static final class BoardLink {
        private final BigInteger secret = new BigInteger(60, new Random());

        BigInteger publicValue() {
            return LINK_G.modPow(secret, LINK_P);
        }

        BigInteger shared(BigInteger peer) {
            return peer.modPow(secret, LINK_P);
        }
    }

    /** Encrypts game archives with AES-GCM from the JCA. */
    static final class ArchiveSealer {
        private final SecretKey key;
        private final SecureRandom random = new SecureRandom();

        ArchiveSealer(SecretKey key) {
            this.key = key;
        }

        byte[] seal(String pgn) throws GeneralSecurityException {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] ct = cipher.doFinal(pgn.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array();
        }
    }

    /** Zobrist keys for the analysis engine's position hashing. */
    static final class Zobrist {
        private final long[][] table = new long[12][64];

        Zobrist(long seed) {
            Random rnd = new Random(seed);
            for (long[] piece : table) {
                for (int sq = 0; sq < 64; sq++) {
                    piece[sq] = rnd.nextLong();
                }
            }
        }

        long hash(int[] board) {
            long h = 0;
            for (int sq = 0; sq < 64; sq++) {
                if (board[sq] >= 0) {
                    h ^= table[board[sq]][sq];
                }
            }
            return h;
        }
    }

    static List<String> firstRoundPairings(List<String> players, int round) {
        List<String> order = new ArrayList<>(players);
        Collections.shuffle(order, new Random(round));
        return order;
    }

    static char fideIdCheck(String id) {
        int sum = 0;
        for (int i = 0; i < id.length(); i++) {
            sum += (i + 2) * (id.charAt(id.length() - 1 - i) - '0');
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    static long knightAttacks(long knights) {
        long notA = 0xfefefefefefefefeL;
        long notH = 0x7f7f7f7f7f7f7f7fL;
        return ((knights << 17) & notA) | ((knights << 15) & notH)
                | ((knights >>> 15) & notA) | ((knights >>> 17) & notH);
    }

    /** Transposition table slot lookup keyed by the Zobrist hash. */
    static final class TranspositionTable {
        private final long[] keys;
        private final int[] scores;

        TranspositionTable(int bits) {
            keys = new long[1 << bits];
            scores = new int[1 << bits];
        }

        void store(long zobrist, int score) {
            int slot = (int) (zobrist ^ (zobrist >>> 32)) & (keys.length - 1);
            keys[slot] = zobrist;
            scores[slot] = score;
        }
    }
}
