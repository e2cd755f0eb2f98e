package io.redress.triage.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.re2j.Pattern;

import io.redress.triage.analysis.PhraseMatcher;

/** One rule version made ready to apply: keyword matchers per language, regular expressions compiled once. */
public final class CompiledRules {

    /** A keyword rule that fired, with the words it matched. */
    public record Hit(RuleSet.KeywordRule rule, String matched) {
    }

    private record CompiledPattern(RuleSet.KeywordRule rule, Pattern pattern) {
    }

    private final long version;
    private final RuleSet rules;
    private final Map<String, PhraseMatcher<RuleSet.KeywordRule>> phrases = new HashMap<>();
    private final Map<String, List<CompiledPattern>> patterns = new HashMap<>();
    private final Map<String, String> routes = new LinkedHashMap<>();
    private final Map<String, RuleSet.SlaPolicyRule> slaPolicies = new HashMap<>();

    public CompiledRules(long version, RuleSet rules) {
        this.version = version;
        this.rules = rules;
        for (RuleSet.KeywordRule rule : rules.keywords()) {
            if (rule.regex()) {
                patterns.computeIfAbsent(rule.language(), l -> new ArrayList<>())
                        .add(new CompiledPattern(rule, Pattern.compile(rule.pattern())));
            } else {
                phrases.computeIfAbsent(rule.language(), l -> new PhraseMatcher<>()).add(rule.pattern(), rule);
            }
        }
        rules.routes().forEach(route -> routes.put(route.category() + "/" + route.language(), route.team()));
        rules.slaPolicies().forEach(policy -> slaPolicies.put(policy.priority(), policy));
    }

    public long version() {
        return version;
    }

    public RuleSet rules() {
        return rules;
    }

    /** Keyword rules of these languages (and of every language, {@code *}) found in a text. */
    public List<Hit> find(List<String> languages, List<String> words, String folded, String original) {
        List<Hit> hits = new ArrayList<>();
        for (String language : languages) {
            collect(hits, language, words, folded, original);
        }
        collect(hits, RuleValidator.ANY_LANGUAGE, words, folded, original);
        return hits;
    }

    private void collect(List<Hit> hits, String language, List<String> words, String folded, String original) {
        PhraseMatcher<RuleSet.KeywordRule> matcher = phrases.get(language);
        if (matcher != null) {
            matcher.find(words, folded).forEach(m -> hits.add(new Hit(m.value(), m.text())));
        }
        for (CompiledPattern compiled : patterns.getOrDefault(language, List.of())) {
            var regex = compiled.pattern().matcher(original);
            if (regex.find()) {
                hits.add(new Hit(compiled.rule(), regex.group()));
            }
        }
    }

    /** The team for a category in a language: the language's own route first, then the route for any language. */
    public Optional<String> team(String category, String language) {
        return Optional.ofNullable(routes.getOrDefault(category + "/" + language,
                routes.get(category + "/" + RuleValidator.ANY_LANGUAGE)));
    }

    public RuleSet.SlaPolicyRule slaPolicy(String priority) {
        return slaPolicies.get(priority);
    }

    public double threshold(Thresholds threshold) {
        return threshold.in(rules.thresholds());
    }
}
