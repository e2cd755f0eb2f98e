package io.redress.triage.analysis;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of word a lexicon lists; the key is the name used in the lexicon files. */
public enum Cue {
    POSITIVE("positive"),
    NEGATIVE("negative"),
    /**
     * Everyday good and bad feelings and events (delicious, proud; sick, lost the match): they count in sentiment
     * like positive and negative words but never judge what a brand sells or does.
     */
    GLAD("glad"),
    SAD("sad"),
    NEGATION("negation"),
    INTENSIFIER("intensifier"),
    ANGER("anger"),
    COMPLAINT("complaint"),
    PRAISE("praise"),
    QUESTION("question"),
    DEMAND("demand"),
    CONCLUSION("conclusion"),
    THREAT("threat"),
    SELF_HARM("self-harm"),
    LEGAL("legal"),
    ABUSE("abuse"),
    FREEBIE("freebie"),
    CHURN("churn"),
    ADDRESS("address"),
    DETAIL("detail"),
    /** Words of this language that look like English cues but are not (German "bad", "die"). */
    NOT_ENGLISH("not-english");

    private final String key;

    Cue(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Cue> byKey(String key) {
        return Arrays.stream(values()).filter(cue -> cue.key.equals(key)).findFirst();
    }
}
