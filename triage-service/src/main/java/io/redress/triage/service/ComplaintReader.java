package io.redress.triage.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.redress.triage.analysis.Lexicons;
import io.redress.triage.analysis.TextAnalyser;
import io.redress.triage.decision.ComplaintFacts;
import io.redress.triage.decision.Decider;
import io.redress.triage.decision.Decision;
import io.redress.triage.rules.CompiledRules;

/** Reads complaints in their language with the shipped lexicons and decides under the rules in force. */
@ApplicationScoped
public class ComplaintReader {

    private final LanguageDetector languages;
    private final RuleBook rules;
    private final Decider decider;

    ComplaintReader(LanguageDetector languages, RuleBook rules, TriageConfig config) {
        this.languages = languages;
        this.rules = rules;
        this.decider = new Decider(new TextAnalyser(Lexicons.load(config.languages())));
    }

    public Decision read(ComplaintFacts facts) {
        return read(facts, rules.current());
    }

    public Decision read(ComplaintFacts facts, CompiledRules ruleSet) {
        LanguageDetector.Detected language = languages.detect(facts.text());
        return decider.decide(facts, language.language(), language.confidence(), language.basis(), ruleSet);
    }
}
