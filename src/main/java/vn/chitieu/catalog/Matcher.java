package vn.chitieu.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.chitieu.extraction.Target.TargetKind;

/**
 * Proposes the catalogue indicator a target is about, with a confidence from 0 to 1 that a person
 * can follow: how much of the indicator's closest phrasing the subject contains, averaged with how
 * alike the two are as a whole (Dice), both on syllables and pairs of syllables of the essential
 * words ({@link Phrases}); times 1 when the units measure the same thing, 0.9 when the target wrote
 * none, and 0 when they cannot (a rate in % is never a quantity in tấn). A change in % ("tăng 10%")
 * fits any indicator: it is a growth rate of whatever the indicator measures.
 */
final class Matcher {
    /** Below this there is no proposal: measured on the seeds' labels (docs/benchmarks.md, "Catalogue mapping"). */
    static final double THRESHOLD = 0.6;
    private static final double UNIT_NOT_WRITTEN = 0.9;

    private record Entry(CatalogIndicator indicator, UnitKind unit, List<Set<String>> phrasings) {}

    /** A proposal: the indicator's code and how sure the matcher is. */
    record Proposal(String code, double confidence) {}

    private final List<Entry> entries = new ArrayList<>();

    Matcher(List<CatalogIndicator> catalog) {
        for (CatalogIndicator indicator : catalog) {
            if (!indicator.active()) {
                continue;
            }
            List<Set<String>> phrasings = new ArrayList<>();
            phrasings.add(Phrases.grams(indicator.nameVi()));
            indicator.synonyms().stream().map(Phrases::grams).filter(g -> !g.isEmpty()).forEach(phrasings::add);
            entries.add(new Entry(indicator, UnitKind.of(indicator.unit()), phrasings));
        }
    }

    /** The best indicator at or above the threshold, if any. */
    Optional<Proposal> propose(String subject, String unit, TargetKind kind) {
        return best(subject, unit, kind).filter(p -> p.confidence() >= THRESHOLD);
    }

    /** The best indicator whatever its confidence (for explaining a miss). */
    Optional<Proposal> best(String subject, String unit, TargetKind kind) {
        Set<String> words = Phrases.grams(subject);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        UnitKind unitKind = UnitKind.of(unit);
        Proposal best = null;
        for (Entry entry : entries) {
            double fit = unitFit(unitKind, kind, entry.unit());
            if (fit == 0) {
                continue;
            }
            double closeness = 0;
            for (Set<String> phrasing : entry.phrasings()) {
                closeness = Math.max(closeness, closeness(words, phrasing));
            }
            double confidence = Math.round(closeness * fit * 1000) / 1000.0;
            if (best == null || confidence > best.confidence()) {
                best = new Proposal(entry.indicator().code(), confidence);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Half how much of the phrasing the subject contains, half their Dice coefficient. */
    static double closeness(Set<String> subject, Set<String> phrasing) {
        if (subject.isEmpty() || phrasing.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(phrasing);
        shared.retainAll(subject);
        double contained = (double) shared.size() / phrasing.size();
        double dice = 2.0 * shared.size() / (subject.size() + phrasing.size());
        return (contained + dice) / 2;
    }

    /** 1 where the target's number can be a value of the indicator, 0.9 without a written unit, 0 where it cannot. */
    static double unitFit(UnitKind target, TargetKind kind, UnitKind indicator) {
        if (target == indicator) {
            return 1;
        }
        if (target == UnitKind.NONE) {
            return UNIT_NOT_WRITTEN;
        }
        if (target == UnitKind.PERCENT && kind == TargetKind.CHANGE) {
            return 1;
        }
        return 0;
    }
}
