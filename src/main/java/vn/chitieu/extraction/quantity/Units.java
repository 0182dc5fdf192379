package vn.chitieu.extraction.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.chitieu.document.VietnameseText;

/** The units a number may carry, read from {@code units.txt}; matched on folded text, longest first. */
public final class Units {
    private record Form(String folded, String unit) {}

    private static final List<Form> FORMS = load();
    private static final Set<String> DESCRIPTORS = loadDescriptors();

    private Units() {}

    /** The unit written at {@code at} in {@code folded} text, and where it ends; null when none. */
    public static Match at(String folded, int at) {
        for (Form form : FORMS) {
            if (folded.startsWith(form.folded, at)) {
                int end = at + form.folded.length();
                boolean wordEnds = end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end))
                        || form.folded.equals("%");
                if (wordEnds) {
                    return new Match(form.unit, end);
                }
            }
        }
        return null;
    }

    /** Units that describe what is counted ("5 tuổi", "8 loại"): such a number is not a target. */
    public static boolean isDescriptor(String folded, int at) {
        int end = at;
        while (end < folded.length() && Character.isLetter(folded.charAt(end))) {
            end++;
        }
        return end > at && DESCRIPTORS.contains(folded.substring(at, end));
    }

    /** Whether a unit counts things (doanh nghiệp, trường) rather than measuring (%, tấn, triệu đồng). */
    public static boolean isCountNoun(String unit) {
        return !MEASURES.contains(unit);
    }

    private static final Set<String> MEASURES = Set.of("%", "triệu đồng", "tỷ đồng", "nghìn đồng", "đồng", "USD", "ha",
            "km", "km²", "m²", "m³", "m", "triệu lít", "nghìn lít", "tấn", "tạ", "kg", "lít", "thứ hạng", "điểm");

    public record Match(String unit, int end) {}

    private static List<Form> load() {
        List<Form> forms = new ArrayList<>();
        for (String line : lines("units.txt")) {
            String[] parts = line.split("\\|");
            String unit = parts[0].strip();
            for (String part : parts) {
                forms.add(new Form(VietnameseText.fold(VietnameseText.nfc(part.strip())), unit));
            }
        }
        forms.sort(Comparator.comparingInt((Form f) -> f.folded.length()).reversed());
        return List.copyOf(forms);
    }

    private static Set<String> loadDescriptors() {
        Set<String> words = new HashSet<>();
        for (String line : lines("descriptor-units.txt")) {
            words.add(VietnameseText.fold(line.strip()));
        }
        return Set.copyOf(words);
    }

    static List<String> lines(String resource) {
        InputStream in = Units.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(VietnameseText.nfc(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
