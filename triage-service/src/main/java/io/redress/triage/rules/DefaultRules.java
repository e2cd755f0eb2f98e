package io.redress.triage.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rules a fresh installation starts with, shipped as resources: {@code rules/defaults.json} (teams, routes,
 * SLA policies, thresholds) and {@code rules/keywords/<language>.txt} (lines {@code <category>: words} and
 * {@code product.<name>: words}). They become rule version 1; operators change them through {@code /rules}.
 */
public final class DefaultRules {

    private static final String PRODUCT = "product.";

    private DefaultRules() {
    }

    public static RuleSet load(Collection<String> languages, ObjectMapper json) {
        RuleSet base;
        try (InputStream in = resource("rules/defaults.json")) {
            if (in == null) {
                throw new IllegalStateException("rules/defaults.json is not on the class path");
            }
            base = json.readValue(in, RuleSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RuleSet.KeywordRule> keywords = new ArrayList<>();
        for (String language : languages) {
            InputStream in = resource("rules/keywords/" + language + ".txt");
            if (in != null) {
                readKeywords(language, in, keywords);
            }
        }
        return new RuleSet(keywords, base.teams(), base.routes(), base.slaPolicies(), base.thresholds());
    }

    private static void readKeywords(String language, InputStream in, List<RuleSet.KeywordRule> keywords) {
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null;) {
                line = line.strip();
                int colon = line.indexOf(':');
                if (line.isEmpty() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                String key = line.substring(0, colon).strip();
                boolean product = key.startsWith(PRODUCT);
                String target = product ? key.substring(PRODUCT.length()) : key;
                for (String word : line.substring(colon + 1).split(",")) {
                    if (!word.isBlank()) {
                        keywords.add(new RuleSet.KeywordRule(keywords.size() + 1L, language,
                                product ? "product" : "category", target, word.strip(), false));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        return DefaultRules.class.getClassLoader().getResourceAsStream(path);
    }
}
