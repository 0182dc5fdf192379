package vn.chitieu.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;

/** The limits POI applies to zipped Office files before it unpacks them. */
class OfficeZipTests {

    @Test
    void capsEachUnpackedPartAtOneHundredMegabytesAndKeepsPoisInflateRatio() {
        OfficeZip.guard();

        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(100L * 1024 * 1024);
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
    }
}
