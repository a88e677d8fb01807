package gov.towncouncil.voting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Town council e-voting: councillor ballots, clerk console, seat maps. */
public class CouncilVoting {

    private static final SecureRandom RNG = new SecureRandom();

    static String ballotToken() {
        byte[] b = new byte[24];
        RNG.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static boolean tallyReceiptOk(byte[] key, String tally, byte[] tag) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return MessageDigest.isEqual(mac.doFinal(tally.getBytes(StandardCharsets.UTF_8)), tag);
    }

    static final class ClerkConsoleConfig {
        private final Properties props;

        ClerkConsoleConfig(Properties props) {
            this.props = props;
        }

        private static String flip(String s) {
            StringBuilder sb = new StringBuilder();
            for (char c : s.toCharArray()) {
                if (Character.isLowerCase(c)) {
                    sb.append((char) ('z' - (c - 'a')));
                } else if (Character.isUpperCase(c)) {
                    sb.append((char) ('Z' - (c - 'A')));
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        String clerkPassword() {
            return flip(props.getProperty("clerk.password.atbash", ""));
        }
    }

    static int seatMask(boolean[] present) {
        int m = 0;
        for (int i = 0; i < present.length && i < 31; i++) {
            if (present[i]) {
                m |= 1 << i;
            }
        }
        return Integer.bitCount(m) * 100 + (m & 0x7f);
    }
}
