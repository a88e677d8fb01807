package net.islandferry.tickets;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Ferry ticketing: boarding pass signatures, deck crew spot checks, manifests. */
public class FerryTickets {

    record SigningKey(BigInteger modulus, BigInteger privateExponent) {}

    static String signBoardingPass(SigningKey k, String passId, String sailing) throws GeneralSecurityException {
        byte[] h = MessageDigest.getInstance("SHA-256")
                .digest((passId + "@" + sailing).getBytes(StandardCharsets.UTF_8));
        BigInteger m = new BigInteger(1, h);
        return m.modPow(k.privateExponent(), k.modulus()).toString(16);
    }

    static boolean scannerAccepts(byte[] presented, byte[] expected) {
        if (presented.length != expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (presented[i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    static byte[] openManifest(byte[] key, byte[] iv, byte[] blob) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
        byte[] plain = c.doFinal(blob);
        int pad = plain[plain.length - 1];
        return Arrays.copyOf(plain, plain.length - pad);
    }

    static String bookingReference() {
        return UUID.randomUUID().toString();
    }

    static <T> List<T> spotCheck(List<T> boarded, int n) {
        List<T> copy = new ArrayList<>(boarded);
        Collections.shuffle(copy, ThreadLocalRandom.current());
        return copy.subList(0, Math.min(n, copy.size()));
    }

    static int ticketCheckDigit(String number) {
        int sum = 0;
        for (int i = 0; i < number.length(); i++) {
            sum += (number.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10;
    }
}
