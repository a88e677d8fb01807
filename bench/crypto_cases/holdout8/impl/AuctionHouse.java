package org.example.auction;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class AuctionHouse {

    private static final Random PIN_RANDOM = new Random(System.nanoTime());
    private static final SecureRandom TOKENS = new SecureRandom();
    private static final BigInteger SEALED_BID_N = new BigInteger(
            System.getenv().getOrDefault("AUCTION_BID_N", "9516311845790656153499716760847001433441357"));
    private static final BigInteger SEALED_BID_E = BigInteger.valueOf(3);

    private final Map<String, String> paddlePins = new HashMap<>();
    private final Map<String, String> bidderTokens = new HashMap<>();
    private final char[] consignorApiKey;
    private final byte[] webhookKey;

    public AuctionHouse(char[] consignorApiKey, byte[] webhookKey) {
        this.consignorApiKey = consignorApiKey.clone();
        this.webhookKey = webhookKey.clone();
    }

    public String issuePaddlePin(String bidderId) {
        String pin = String.format("%06d", PIN_RANDOM.nextInt(1_000_000));
        paddlePins.put(bidderId, pin);
        return pin;
    }

    public String issueBidderToken(String bidderId) {
        byte[] raw = new byte[24];
        TOKENS.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        bidderTokens.put(bidderId, token);
        return token;
    }

    public BigInteger sealBid(long amountPence) {
        BigInteger m = BigInteger.valueOf(amountPence);
        return m.modPow(SEALED_BID_E, SEALED_BID_N);
    }

    public boolean consignorKeyMatches(String presented) {
        if (presented == null) {
            return false;
        }
        char[] given = presented.toCharArray();
        if (given.length != consignorApiKey.length) {
            return false;
        }
        for (int i = 0; i < given.length; i++) {
            if (given[i] != consignorApiKey[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean webhookAuthentic(byte[] body, String signatureHex) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(webhookKey, "HmacSHA256"));
        byte[] expected = mac.doFinal(body);
        byte[] given = hexToBytes(signatureHex);
        return MessageDigest.isEqual(expected, given);
    }

    private static byte[] hexToBytes(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    public static boolean catalogueEanValid(String ean) {
        if (ean.length() != 13) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int d = ean.charAt(i) - '0';
            sum += (i % 2 == 0) ? d : 3 * d;
        }
        return (10 - sum % 10) % 10 == ean.charAt(12) - '0';
    }

    public static final class Lot {
        final String saleCode;
        final int lotNumber;
        final String title;

        public Lot(String saleCode, int lotNumber, String title) {
            this.saleCode = saleCode;
            this.lotNumber = lotNumber;
            this.title = title;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Lot other && other.saleCode.equals(saleCode) && other.lotNumber == lotNumber;
        }

        @Override
        public int hashCode() {
            int h = 17;
            h = 31 * h + saleCode.hashCode();
            h = 31 * h + lotNumber;
            return h;
        }
    }

    public static String hammerSummary(Lot lot, long pence) {
        return lot.saleCode + "/" + lot.lotNumber + " " + lot.title + ": "
                + new String(String.format("%.2f", pence / 100.0).getBytes(StandardCharsets.UTF_8),
                        StandardCharsets.UTF_8);
    }
}
