package vn.chitieu.extraction.structure;

/** Roman numerals, as councils number their terms (khóa XXI) and parts (II. NHIỆM VỤ). */
public final class Roman {
    private Roman() {}

    public static int value(String roman) {
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int v = switch (Character.toUpperCase(roman.charAt(i))) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }

    public static String of(int value) {
        int[] values = {100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (value >= values[i]) {
                sb.append(symbols[i]);
                value -= values[i];
            }
        }
        return sb.toString();
    }
}
