package org.townlibrary.lending;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Lending desk: library cards, renewals and the shelf index. */
public class LibraryLending {

    private final SecureRandom secureRandom = new SecureRandom();
    private final ShelfIndex shelves = new ShelfIndex(512);

    static String cardPin() {
        StringBuilder pin = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            pin.append((int) (Math.random() * 10));
        }
        return pin.toString();
    }

    public Card issueCard(String patronName) {
        return new Card(patronName, cardPin(), LocalDate.now().plusYears(3));
    }

    static String scrambleBarcodeSecret(String secret, String keyword) {
        StringBuilder out = new StringBuilder();
        String k = keyword.toUpperCase();
        int j = 0;
        for (char c : secret.toUpperCase().toCharArray()) {
            if (c < 'A' || c > 'Z') {
                out.append(c);
                continue;
            }
            int shift = k.charAt(j++ % k.length()) - 'A';
            out.append((char) ('A' + (c - 'A' + shift) % 26));
        }
        return out.toString();
    }

    static boolean isbn10Valid(String isbn) {
        String digits = isbn.replace("-", "");
        if (digits.length() != 10) return false;
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = digits.charAt(i);
            int v = (i == 9 && (c == 'X' || c == 'x')) ? 10 : Character.digit(c, 10);
            if (v < 0) return false;
            sum += v * (10 - i);
        }
        return sum % 11 == 0;
    }

    public String renewalToken() {
        byte[] bytes = new byte[24];
        secureRandom.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static final class ShelfIndex {
        private final String[] keys;
        private final String[] shelves;

        ShelfIndex(int capacity) {
            keys = new String[capacity];
            shelves = new String[capacity];
        }

        private int slot(String callNumber) {
            int h = callNumber.hashCode();
            h ^= (h >>> 16);
            return (h & 0x7fffffff) % keys.length;
        }

        void put(String callNumber, String shelf) {
            int i = slot(callNumber);
            while (keys[i] != null && !keys[i].equals(callNumber)) i = (i + 1) % keys.length;
            keys[i] = callNumber;
            shelves[i] = shelf;
        }

        String get(String callNumber) {
            for (int i = slot(callNumber); keys[i] != null; i = (i + 1) % keys.length) {
                if (keys[i].equals(callNumber)) return shelves[i];
            }
            return null;
        }
    }

    public List<String> overdue(List<Loan> loans, LocalDate today) {
        List<String> out = new ArrayList<>();
        for (Loan l : loans) if (l.due().isBefore(today)) out.add(l.isbn());
        return out;
    }

    public record Card(String patron, String pin, LocalDate expires) {}

    public record Loan(String isbn, LocalDate due) {}
}
