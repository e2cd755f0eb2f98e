package io.redress.intake.service;

import java.util.List;

/**
 * What an import did, line by line: {@code nextLine} is where to resume ({@code ?fromLine=}) if it was cut short.
 */
public record ImportReport(int imported, int duplicates, List<Rejection> rejected, int nextLine) {

    public record Rejection(int line, String field, String reason) {
    }
}
