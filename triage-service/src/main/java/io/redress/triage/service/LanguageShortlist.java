package io.redress.triage.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.pemistahl.lingua.api.Language;

import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

/**
 * The few Latin-script languages a text most likely is, and by how much the first leads, found cheaply so that
 * Lingua compares the text with those only, or not at all when one leads clearly. Lingua tells scripts apart by
 * rules, at little cost, but within one script it looks every trigram of a text up in the model of every
 * candidate language, one hash table each; with some 23 Latin-script languages that was most of triage's CPU.
 * The shortlist reads Lingua's own trigram models of the Latin-script languages once into a single table keyed
 * by trigram, so a text costs one lookup per trigram, and ranks them by log-likelihood, an unseen trigram
 * counting as very unlikely.
 */
final class LanguageShortlist {

    /** Log-probability of a trigram a language's model has never seen: rarer than anything it has seen. */
    private static final float UNSEEN = (float) Math.log(1e-7);

    private final Language[] languages;
    /** Trigram (three chars packed in a long) to its slot; a slot's entries are {@code start[slot]..start[slot + 1]}. */
    private final Long2IntOpenHashMap slotOf;
    private final int[] start;
    private final byte[] entryLanguage;
    private final float[] entryLogProbability;
    private final Map<Language, Character.UnicodeScript> scripts;

    /** An n-gram model (trigrams, or letters alone), each n-gram's characters packed in a long. */
    private record Model(Language language, int ngramLength, long[] ngrams, float[] logProbabilities) {
    }

    /**
     * Reads the trigram models Lingua ships for these languages, keeps those written in the Latin script, and notes
     * the script each is written in.
     */
    LanguageShortlist(List<Language> candidates) {
        ObjectMapper json = new ObjectMapper();
        Map<Language, Character.UnicodeScript> written = new EnumMap<>(Language.class);
        List<Model> models = new ArrayList<>();
        for (Language language : candidates) {
            // Lingua ships only letter frequencies for a language alone in its script: they tell the script too.
            Model model = Objects.requireNonNullElseGet(read(json, language, "trigrams", 3),
                    () -> read(json, language, "unigrams", 1));
            if (model == null) {
                continue;
            }
            Character.UnicodeScript script = script(model);
            written.put(language, script);
            if (script == Character.UnicodeScript.LATIN && model.ngramLength() == 3) {
                models.add(model);
            }
        }
        scripts = Collections.unmodifiableMap(written);
        if (models.size() > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Byte.MAX_VALUE + " languages with trigram models");
        }
        languages = models.stream().map(Model::language).toArray(Language[]::new);
        Long2IntOpenHashMap counts = new Long2IntOpenHashMap();
        for (Model model : models) {
            for (long trigram : model.ngrams()) {
                counts.addTo(trigram, 1);
            }
        }
        slotOf = new Long2IntOpenHashMap(counts.size());
        slotOf.defaultReturnValue(-1);
        start = new int[counts.size() + 1];
        int slot = 0;
        for (var count : counts.long2IntEntrySet()) {
            slotOf.put(count.getLongKey(), slot);
            start[slot + 1] = start[slot] + count.getIntValue();
            slot++;
        }
        entryLanguage = new byte[start[slot]];
        entryLogProbability = new float[start[slot]];
        int[] filled = new int[slot];
        for (int l = 0; l < models.size(); l++) {
            Model model = models.get(l);
            for (int i = 0; i < model.ngrams().length; i++) {
                int s = slotOf.get(model.ngrams()[i]);
                int at = start[s] + filled[s]++;
                entryLanguage[at] = (byte) l;
                entryLogProbability[at] = model.logProbabilities()[i];
            }
        }
    }

    /**
     * The script each candidate with a model is written in: the script most of its trigrams end in, or most of its
     * letters for a language Lingua ships letter frequencies only for.
     */
    Map<Language, Character.UnicodeScript> scripts() {
        return scripts;
    }

    /** The languages this shortlist ranks: those of its candidates written in the Latin script. */
    List<Language> ranked() {
        return List.of(languages);
    }

    /**
     * The likely languages of a text and by how much the first leads: the difference of the two best
     * log-likelihoods per trigram of the text's Latin letters ({@link Float#POSITIVE_INFINITY} when only one
     * language knows any of them).
     */
    record Ranking(List<Language> likely, float lead) {
    }

    /**
     * Up to {@code size} Latin-script languages, most likely first, among those that share at least one trigram
     * with the Latin letters of the text; none when there are none.
     */
    Ranking rank(String text, int size) {
        LongArrayList trigrams = new LongArrayList();
        trigrams(text).forEach((long trigram) -> {
            if (Character.UnicodeScript.of((char) trigram) == Character.UnicodeScript.LATIN) {
                trigrams.add(trigram);
            }
        });
        float[] score = new float[languages.length];
        int[] seen = new int[languages.length];
        Arrays.fill(score, trigrams.size() * UNSEEN);
        for (int t = 0; t < trigrams.size(); t++) {
            int slot = slotOf.get(trigrams.getLong(t));
            if (slot < 0) {
                continue;
            }
            for (int e = start[slot]; e < start[slot + 1]; e++) {
                score[entryLanguage[e]] += entryLogProbability[e] - UNSEEN;
                seen[entryLanguage[e]]++;
            }
        }
        int[] ranked = IntStream.range(0, languages.length).filter(l -> seen[l] > 0).boxed()
                .sorted(Comparator.comparingDouble(l -> -score[l])).mapToInt(Integer::intValue).toArray();
        float lead = ranked.length < 2 ? Float.POSITIVE_INFINITY
                : (score[ranked[0]] - score[ranked[1]]) / trigrams.size();
        return new Ranking(Arrays.stream(ranked).limit(size).mapToObj(l -> languages[l]).toList(), lead);
    }

    private static Character.UnicodeScript script(Model model) {
        Map<Character.UnicodeScript, Long> ends = Arrays.stream(model.ngrams()).boxed()
                .collect(Collectors.groupingBy(trigram -> Character.UnicodeScript.of((char) trigram.longValue()),
                        Collectors.counting()));
        return Collections.max(ends.entrySet(), Map.Entry.comparingByValue()).getKey();
    }

    /** Distinct three-letter runs of the lower-cased text, ignoring punctuation and digits as Lingua does. */
    static LongOpenHashSet trigrams(String text) {
        LongOpenHashSet trigrams = new LongOpenHashSet();
        char a = 0;
        char b = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (isPunctuation(type) || isNumber(type)) {
                continue;
            }
            if (!Character.isLetter(c)) {
                run = 0;
                continue;
            }
            c = Character.toLowerCase(c);
            if (++run >= 3) {
                trigrams.add(pack(a, b, c));
            }
            a = b;
            b = c;
        }
        return trigrams;
    }

    private static boolean isNumber(int type) {
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isPunctuation(int type) {
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static long pack(char a, char b, char c) {
        return ((long) a << 32) | ((long) b << 16) | c;
    }

    /**
     * Lingua's model of a language's n-grams of this length (relative frequencies as fractions, each with its
     * n-grams), or null when it ships none.
     */
    private static Model read(ObjectMapper json, Language language, String file, int length) {
        String path = "/language-models/" + language.getIsoCode639_1().toString().toLowerCase() + "/" + file
                + ".json";
        try (InputStream in = Language.class.getResourceAsStream(path)) {
            if (in == null) {
                return null;
            }
            JsonNode ngrams = json.readTree(in).path("ngrams");
            var packed = new LongArrayList();
            var logProbabilities = new FloatArrayList();
            for (Iterator<Map.Entry<String, JsonNode>> it = ngrams.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> fraction = it.next();
                float logProbability = (float) Math.log(fraction(fraction.getKey()));
                for (String ngram : fraction.getValue().asText().split(" ")) {
                    if (ngram.length() == length) {
                        packed.add(length == 3 ? pack(ngram.charAt(0), ngram.charAt(1), ngram.charAt(2)) : ngram.charAt(0));
                        logProbabilities.add(logProbability);
                    }
                }
            }
            return new Model(language, length, packed.toLongArray(), logProbabilities.toFloatArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lingua's model " + path, e);
        }
    }

    private static double fraction(String value) {
        int slash = value.indexOf('/');
        return Double.parseDouble(value.substring(0, slash)) / Double.parseDouble(value.substring(slash + 1));
    }
}
