package vn.chitieu.extraction.target;

/**
 * A part of an indicator's statement that can carry targets: a piece between ";" or a
 * parenthesis, inside a sentence. {@code sentenceStart} is where its sentence begins and
 * {@code context} is the lead sentence a "+" bullet hangs from (empty otherwise); both folded.
 */
record Clause(String text, String folded, int start, String sentenceBefore, String context, boolean firstOfSentence,
        String sentenceLead) {}
