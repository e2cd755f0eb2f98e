package io.redress.triage.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.re2j.Pattern;

/**
 * Any string an operator might send as a pattern is either refused with a reason or compiles and runs; never an
 * exception, never a nested quantifier let through. Normal test runs replay the corpus in
 * {@code src/test/resources/io/redress/triage/rules/PatternGuardFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class PatternGuardFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyPatternIsRefusedWithAReasonOrRuns(FuzzedDataProvider data) {
        String pattern = data.consumeString(300);
        String text = data.consumeRemainingAsString();
        Optional<String> problem = PatternGuard.problem(pattern);
        if (problem.isEmpty()) {
            assertFalse(PatternGuard.hasNestedQuantifier(pattern));
            Pattern.compile(pattern).matcher(text).find();
        }
    }
}
