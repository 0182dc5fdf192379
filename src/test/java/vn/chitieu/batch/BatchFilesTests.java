package vn.chitieu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chitieu.batch.internal.BatchFiles;
import vn.chitieu.batch.internal.Unpacked;

class BatchFilesTests {

    @Test
    void takesEachEntryOfAZipAndEachOtherFileAsADocument() throws Exception {
        byte[] zip = BatchImportIntegrationTests.zip(Map.of("thu-muc/nq-1.txt", text("một"), "nq-2.txt", text("hai")));

        List<Unpacked> documents = BatchFiles.unpack(List.of(new BatchFile("mua.zip", zip), new BatchFile("nq-3.docx", text("ba"))));

        assertThat(documents).extracting(Unpacked::name).containsExactlyInAnyOrder("nq-1.txt", "nq-2.txt", "nq-3.docx");
        assertThat(documents).noneMatch(Unpacked::refused);
    }

    @Test
    void refusesAnEntryThatInflatesLikeABombButKeepsTheOthers() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("bom.txt", new byte[3 * 1024 * 1024]);
        entries.put("nq.txt", text("nghị quyết"));

        List<Unpacked> documents = BatchFiles.unpack(List.of(new BatchFile("mua.zip", BatchImportIntegrationTests.zip(entries))));

        assertThat(documents).extracting(Unpacked::name, Unpacked::reasonKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bom.txt", "batch.reason.zipBomb"),
                        org.assertj.core.groups.Tuple.tuple("nq.txt", null));
    }

    @Test
    void refusesADamagedZipAsOneFileWithItsReason() {
        List<Unpacked> documents = BatchFiles.unpack(List.of(new BatchFile("hong.zip", text("PK not a zip at all"))));

        assertThat(documents).singleElement().satisfies(document -> {
            assertThat(document.name()).isEqualTo("hong.zip");
            assertThat(document.reasonKey()).isEqualTo("batch.reason.damagedZip");
        });
    }

    @Test
    void leavesOutFoldersAndTheHiddenFilesOfMacOs() throws Exception {
        byte[] zip = BatchImportIntegrationTests.zip(Map.of("__MACOSX/._nq.txt", text("x"), ".DS_Store", text("x"), "nq.txt", text("y")));

        assertThat(BatchFiles.unpack(List.of(new BatchFile("a.zip", zip)))).extracting(Unpacked::name).containsExactly("nq.txt");
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
