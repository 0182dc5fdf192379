package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chitieu.batch.BatchFile;
import vn.chitieu.batch.internal.BatchFiles;
import vn.chitieu.batch.internal.Unpacked;
import vn.chitieu.document.TestDocuments;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnit.Level;

class BatchBenchTests {

    @Test
    void writesEachDocumentForTheNextCommuneAndNeverTheSameFileTwice() throws Exception {
        AdministrativeUnit province = new AdministrativeUnit("04", "Cao Bằng", "tỉnh", Level.PROVINCE, null);
        List<AdministrativeUnit> communes = List.of(new AdministrativeUnit("01786", "Đông Khê", "xã", Level.COMMUNE, "04"),
                new AdministrativeUnit("01807", "Thạch An", "xã", Level.COMMUNE, "04"));
        Map<String, String> intended = new HashMap<>();

        byte[] zip = BatchBench.documents(province, communes, TestDocuments.seed("000_a52e04d6636138d8.txt"), 3, intended);

        List<Unpacked> documents = BatchFiles.unpack(List.of(new BatchFile("bench.zip", zip)));
        assertThat(documents).hasSize(3).noneMatch(Unpacked::refused);
        assertThat(intended).containsEntry("nq-0000.txt", "01786").containsEntry("nq-0001.txt", "01807").containsEntry("nq-0002.txt", "01786");
        String second = new String(documents.get(1).bytes(), StandardCharsets.UTF_8);
        assertThat(second).contains("HỘI ĐỒNG NHÂN DÂN XÃ THẠCH AN").doesNotContain("Đông Khê");
        assertThat(documents.get(0).bytes()).isNotEqualTo(documents.get(2).bytes());
    }

    @Test
    void refusesAnUnknownOptionBeforeStartingAnything() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = new BatchBench(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"--documets", "10"});

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --documets");
    }
}
