package vn.chitieu.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A value entered for a target and period: a number, or for a MILESTONE whether it was achieved
 * and when; {@code estimate} marks an "ước" figure; {@code version} is what a replacement must name.
 */
public record ActualValue(long id, long targetId, long resolutionId, String period, BigDecimal value, Boolean achieved,
        LocalDate achievedOn, boolean estimate, String note, int version, String enteredBy, Instant enteredAt) {}
