package io.redress.intake.service;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks), each with the line it starts on. */
final class CsvRecords {

    record Record(int line, List<String> fields) {
    }

    private CsvRecords() {
    }

    static List<Record> parse(String text) {
        var records = new ArrayList<Record>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addUnlessBlank(records, start, fields);
                fields = new ArrayList<>();
                line++;
                start = line;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        addUnlessBlank(records, start, fields);
        return records;
    }

    private static void addUnlessBlank(List<Record> records, int line, List<String> fields) {
        if (!(fields.size() == 1 && fields.get(0).isBlank())) {
            records.add(new Record(line, List.copyOf(fields)));
        }
    }
}
