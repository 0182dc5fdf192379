package vn.chitieu.extraction;

import java.time.LocalDate;
import java.util.List;

/** The resolution's metadata; any field the text does not give is {@code null}, never guessed. */
public record DocumentInfo(
        String type,
        String number,
        String issuer,
        UnitRef unit,
        String place,
        LocalDate signedOn,
        LocalDate adoptedOn,
        String term,
        Integer session,
        String title,
        PlanPeriod period,
        Signer signer,
        List<String> legalBases,
        boolean indicatorsInAnnex) {

    /** The administrative unit: level (xã, phường, đặc khu, tỉnh, thành phố), name, province. */
    public record UnitRef(String level, String name, String province) {}

    public record Signer(String position, String name) {}

    public record PlanPeriod(PeriodKind kind, LocalDate start, LocalDate end) {}

    public enum PeriodKind {
        FIVE_YEAR,
        ANNUAL,
        HALF_YEAR,
        OTHER
    }
}
