package vn.chitieu.extraction.numeral;

import java.math.BigDecimal;

/** A number found in text: where it stands, its value and the rule that read it. */
public record Numeral(int start, int end, BigDecimal value, String rule) {}
