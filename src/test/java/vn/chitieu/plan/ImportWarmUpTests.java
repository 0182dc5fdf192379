package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.Documents;

class ImportWarmUpTests {
    private final ImportWarmUp warmUp = new ImportWarmUp(new ObjectMapper().registerModule(new JavaTimeModule()), true);

    @Test
    void readsEveryTargetOfTheSampleFromItsText() throws Exception {
        assertThat(warmUp.read("mau.txt", ImportWarmUp.sample().getBytes(StandardCharsets.UTF_8))).isGreaterThanOrEqualTo(10);
    }

    @Test
    void writesTheSampleIntoAPdfWhoseTextLayerGivesTheSameTargets() throws Exception {
        String sample = ImportWarmUp.sample();
        byte[] pdf = ImportWarmUp.pdf(sample);

        assertThat(Documents.read(new DocumentSource("mau.pdf", pdf)).text()).contains("Tỷ lệ che phủ rừng đạt 42%");
        assertThat(warmUp.read("mau.pdf", pdf)).isEqualTo(warmUp.read("mau.txt", sample.getBytes(StandardCharsets.UTF_8)));
    }
}
