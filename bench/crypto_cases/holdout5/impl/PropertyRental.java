package io.rentals.leases;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** Property rental platform: lease signing, deposit vault, listings. */
public class PropertyRental {

    private final BigInteger modulus;
    private final BigInteger privateExponent;
    private final BigInteger publicExponent = BigInteger.valueOf(65537);

    public PropertyRental(BigInteger modulus, BigInteger privateExponent) {
        this.modulus = modulus;
        this.privateExponent = privateExponent;
    }

    public BigInteger signLease(String leaseText) throws GeneralSecurityException {
        byte[] h = MessageDigest.getInstance("SHA-256").digest(leaseText.getBytes(StandardCharsets.UTF_8));
        return new BigInteger(1, h).modPow(privateExponent, modulus);
    }

    public boolean leaseSignatureOk(String leaseText, BigInteger sig) throws GeneralSecurityException {
        byte[] h = MessageDigest.getInstance("SHA-256").digest(leaseText.getBytes(StandardCharsets.UTF_8));
        return sig.modPow(publicExponent, modulus).equals(new BigInteger(1, h));
    }

    static byte[] padBlock(byte[] in) {
        int n = 16 - in.length % 16;
        byte[] out = Arrays.copyOf(in, in.length + n);
        Arrays.fill(out, in.length, out.length, (byte) n);
        return out;
    }

    static byte[] unpadBlock(byte[] in) {
        int n = in[in.length - 1] & 0xFF;
        return Arrays.copyOf(in, in.length - n);
    }

    static byte[] sealDepositRecord(byte[] key, byte[] iv, byte[] record) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
        return c.doFinal(padBlock(record));
    }

    static byte[] openDepositRecord(byte[] key, byte[] iv, byte[] sealed) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
        return unpadBlock(c.doFinal(sealed));
    }

    static List<String> featuredListings(List<String> listingIds, int count) {
        List<String> copy = new ArrayList<>(listingIds);
        Collections.shuffle(copy, ThreadLocalRandom.current());
        return copy.subList(0, Math.min(count, copy.size()));
    }

    static String leaseDocumentId(byte[] pdf) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(pdf);
        return "lease-" + HexFormat.of().formatHex(digest, 0, 12);
    }

    static String hashLandlordPassword(char[] password) throws GeneralSecurityException {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        PBEKeySpec spec = new PBEKeySpec(password, salt, 310_000, 256);
        byte[] dk = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        spec.clearPassword();
        return HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(dk);
    }

    static long monthlyRentCents(long annualCents) {
        return Math.round(annualCents / 12.0);
    }
}
