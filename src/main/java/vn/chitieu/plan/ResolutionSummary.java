package vn.chitieu.plan;

import java.time.Instant;
import java.time.LocalDate;

/** A line in a list of resolutions. */
public record ResolutionSummary(
        long id,
        String unitCode,
        ResolutionStatus status,
        boolean archived,
        String number,
        String title,
        LocalDate adoptedOn,
        LocalDate periodStart,
        LocalDate periodEnd,
        int indicatorCount,
        int targetCount,
        Instant updatedAt) {}
