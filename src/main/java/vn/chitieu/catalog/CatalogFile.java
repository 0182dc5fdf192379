package vn.chitieu.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.chitieu.assessment.Nature;
import vn.chitieu.extraction.Target.Direction;

/** The catalogue as shipped: {@code catalog/indicators.tsv}, one indicator a line (its header says the columns). */
final class CatalogFile {
    static final String RESOURCE = "/catalog/indicators.tsv";

    private CatalogFile() {}

    static List<CatalogIndicator> read() {
        try (InputStream in = CatalogFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<CatalogIndicator> indicators = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    indicators.add(indicator(line, number));
                }
            }
            return indicators;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CatalogIndicator indicator(String line, int number) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 8) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": 8 columns separated by tabs expected, found " + cells.length);
        }
        List<String> synonyms = Arrays.stream(cells[7].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new CatalogIndicator(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3], Direction.valueOf(cells[4].strip()),
                Nature.valueOf(cells[5].strip()), cells[6].strip(), true, synonyms);
    }
}
