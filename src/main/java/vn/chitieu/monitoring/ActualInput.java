package vn.chitieu.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an official sends for a target and period: {@code {"value": 41.2, "estimate": true, "note": "…"}} or {@code {"achieved": true, "on": "2026-06-30"}}. */
public record ActualInput(BigDecimal value, Boolean estimate, String note, Boolean achieved, LocalDate on) {}
