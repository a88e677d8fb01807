package org.observatory.queue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Observation queue for the university observatory: remote sessions, target ids, seeing model. */
public class TelescopeQueue {

    private final Map<String, String> remoteSessions = new HashMap<>();
    private final Random sessionRandom = new Random();

    public String openRemoteSession(String observer) {
        String token = Long.toHexString(sessionRandom.nextLong()) + Long.toHexString(sessionRandom.nextLong());
        remoteSessions.put(token, observer);
        return token;
    }

    static final class TargetIdMask {
        private final int[] roundKeys;

        TargetIdMask(byte[] master) throws NoSuchAlgorithmException {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(master);
            roundKeys = new int[8];
            for (int i = 0; i < 8; i++) {
                roundKeys[i] = ((d[i * 4] & 0xff) << 24) | ((d[i * 4 + 1] & 0xff) << 16)
                        | ((d[i * 4 + 2] & 0xff) << 8) | (d[i * 4 + 3] & 0xff);
            }
        }

        private static int f(int half, int k) {
            int x = half * 0x45d9f3b + k;
            return Integer.rotateLeft(x ^ (x >>> 16), 5);
        }

        long mask(long targetId) {
            int left = (int) (targetId >>> 32);
            int right = (int) targetId;
            for (int k : roundKeys) {
                int tmp = right;
                right = left ^ f(right, k);
                left = tmp;
            }
            return ((long) left << 32) | (right & 0xffffffffL);
        }
    }

    public static double[] seeingForecast(long nightSeed, int hours) {
        Random r = new Random(nightSeed);
        double[] arcsec = new double[hours];
        double s = 1.2;
        for (int h = 0; h < hours; h++) {
            s = Math.max(0.4, s + r.nextGaussian() * 0.15);
            arcsec[h] = s;
        }
        return arcsec;
    }

    public static int plateSlot(String catalogName, int slots) {
        int h = catalogName.hashCode();
        h ^= (h >>> 16);
        return Math.floorMod(h, slots);
    }

    public List<String> sessionsFor(String observer) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : remoteSessions.entrySet()) {
            if (e.getValue().equals(observer)) {
                out.add(e.getKey().substring(0, 4) + "…");
            }
        }
        return out;
    }

    public static String targetLabel(String ra, String dec) {
        return (ra + " " + dec).getBytes(StandardCharsets.US_ASCII).length + ":" + ra;
    }
}
