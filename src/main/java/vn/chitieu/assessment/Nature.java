package vn.chitieu.assessment;

import java.util.Locale;
import vn.chitieu.extraction.Target.TargetKind;

/** Whether a measure accumulates within a year (FLOW: revenue, output, visits) or is a state at a moment (STOCK: rates, counts). */
public enum Nature {
    FLOW,
    STOCK;

    /** The default of spec/assessment.md, which an official may change per target. */
    public static Nature guess(String subject, String unit, TargetKind kind) {
        String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT).strip();
        String s = subject == null ? "" : subject.toLowerCase(Locale.ROOT);
        if (u.equals("%") || kind == TargetKind.MAINTAIN) {
            return STOCK;
        }
        if (u.contains("đồng") || u.contains("usd") || u.startsWith("tấn") || u.contains("lượt")
                || s.contains("mới") || s.contains("trồng") || s.contains("đào tạo")) {
            return FLOW;
        }
        return STOCK;
    }
}
