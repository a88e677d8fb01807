package com.brewhouse.batches;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Batch tracking for a craft brewery: distributor links, recipe exports, brewer logins. */
public class BreweryBatches {

    private final byte[] distributorSecret;

    public BreweryBatches(byte[] distributorSecret) {
        this.distributorSecret = distributorSecret.clone();
    }

    public String distributorLink(String batchCode, long expiresEpoch) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(distributorSecret);
        md.update((batchCode + "/" + expiresEpoch).getBytes(StandardCharsets.UTF_8));
        return "/b/" + batchCode + "?e=" + expiresEpoch + "&s=" + HexFormat.of().formatHex(md.digest());
    }

    /** Wraps the recipe export so the file is unreadable without the brewhouse phrase. */
    static final class RecipeScrambler extends FilterOutputStream {
        private final byte[] phrase;
        private long pos;

        RecipeScrambler(OutputStream out, String phrase) {
            super(out);
            this.phrase = phrase.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b ^ phrase[(int) (pos++ % phrase.length)]);
        }
    }

    static String brewerPasswordDigest(char[] password, byte[] salt) throws NoSuchAlgorithmException {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        byte[] acc = new String(password).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 4096; i++) {
            sha1.update(salt);
            acc = sha1.digest(acc);
        }
        return HexFormat.of().formatHex(acc);
    }

    static boolean batchCodeValid(String code) {
        String digits = code.replaceAll("[^0-9]", "");
        return new BigInteger(digits).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    static byte[] distributorPortalHash(char[] password, byte[] salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, 310_000, 256);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    }
}
