package io.redress.triage.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PatternGuardTest {

    @ParameterizedTest
    @ValueSource(strings = { "(a+)+$", "(x*)*y", "((ab)*c)+", "(\\w+\\s?)*$" })
    void nestedQuantifiersAreRefused(String pattern) {
        assertTrue(PatternGuard.problem(pattern).orElseThrow().contains("repeat a group"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            (unclosed            | not a valid RE2
            (a)\\1               | not a valid RE2
            x*                   | empty text
            '   '                | blank
            """)
    void invalidPatternsAreRefusedWithAReason(String pattern, String reason) {
        assertTrue(PatternGuard.problem(pattern).orElseThrow().contains(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = { "order\\s*#?\\d{5,}", "(refund|chargeback)s?", "[A-Z]{2}\\d{6}", "(ab)?c+" })
    void simplePatternsAreAccepted(String pattern) {
        assertEquals(java.util.Optional.empty(), PatternGuard.problem(pattern));
    }
}
