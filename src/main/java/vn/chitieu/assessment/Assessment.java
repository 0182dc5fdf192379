package vn.chitieu.assessment;

/** Both judgements of a target in a period; {@code trajectory} is {@code null} when the target's year is not ahead. */
public record Assessment(Attainment attainment, Trajectory trajectory) {}
