package io.redress.intake.service;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.redress.intake.mapping.ComplaintMapper;
import io.redress.intake.model.Channel;
import io.redress.intake.model.Visibility;
import io.redress.intake.rest.NewComplaint;

/**
 * Loads past complaints, one per JSON line or CSV record, through the same path as {@code POST /complaints}. Each
 * record is its own transaction, so a rejected line changes nothing and an import cut short resumes from
 * {@code nextLine}; a line imported before is counted as a duplicate.
 */
@ApplicationScoped
public class Importer {

    /** CSV columns, in this order, with a header line naming them. */
    public static final List<String> CSV_COLUMNS = List.of("channel", "externalId", "handle", "displayName", "email",
            "followers", "text", "visibility", "url", "inReplyTo", "receivedAt");

    private final Intake intake;
    private final ComplaintMapper mapper;
    private final Validator validator;
    private final ObjectMapper json;

    Importer(Intake intake, ComplaintMapper mapper, Validator validator, ObjectMapper json) {
        this.intake = intake;
        this.mapper = mapper;
        this.validator = validator;
        this.json = json;
    }

    private record Line(int number, NewComplaint complaint, ImportReport.Rejection rejection) {
    }

    public ImportReport jsonLines(String body, int fromLine, String actor) {
        var lines = new ArrayList<Line>();
        String[] raw = body.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                lines.add(readJson(i + 1, raw[i]));
            }
        }
        return load(lines, fromLine, actor);
    }

    public ImportReport csv(String body, int fromLine, String actor) {
        List<CsvRecords.Record> records = CsvRecords.parse(body);
        if (records.isEmpty() || !records.get(0).fields().stream().map(String::strip).toList().equals(CSV_COLUMNS)) {
            throw new InvalidInput(400, "invalid-field", "Invalid request", "header",
                    "the first line must be: " + String.join(",", CSV_COLUMNS));
        }
        var lines = new ArrayList<Line>();
        for (CsvRecords.Record record : records.subList(1, records.size())) {
            lines.add(readCsv(record));
        }
        return load(lines, fromLine, actor);
    }

    private ImportReport load(List<Line> lines, int fromLine, String actor) {
        int imported = 0;
        int duplicates = 0;
        var rejected = new ArrayList<ImportReport.Rejection>();
        int next = fromLine;
        for (Line line : lines) {
            if (line.number() < fromLine) {
                continue;
            }
            if (line.rejection() != null) {
                rejected.add(line.rejection());
            } else {
                Set<ConstraintViolation<NewComplaint>> violations = validator.validate(line.complaint());
                if (!violations.isEmpty()) {
                    ConstraintViolation<NewComplaint> first = violations.stream()
                            .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
                    rejected.add(new ImportReport.Rejection(line.number(), first.getPropertyPath().toString(), first.getMessage()));
                } else if (intake.take(mapper.toInbound(line.complaint(), actor)).outcome() == Taken.Outcome.OPENED) {
                    imported++;
                } else {
                    duplicates++;
                }
            }
            next = line.number() + 1;
        }
        return new ImportReport(imported, duplicates, rejected, next);
    }

    private Line readJson(int number, String text) {
        try {
            return new Line(number, json.readValue(text, NewComplaint.class), null);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse("line");
            String reason = e.getCause() instanceof IllegalArgumentException cause ? cause.getMessage() : "has a wrong value or type";
            return new Line(number, null, new ImportReport.Rejection(number, field, reason));
        } catch (JsonProcessingException e) {
            return new Line(number, null, new ImportReport.Rejection(number, "line", "not valid JSON"));
        }
    }

    private static Line readCsv(CsvRecords.Record record) {
        if (record.fields().size() != CSV_COLUMNS.size()) {
            return new Line(record.line(), null, new ImportReport.Rejection(record.line(), "line",
                    "has " + record.fields().size() + " fields, not " + CSV_COLUMNS.size()));
        }
        Map<String, String> value = new HashMap<>();
        for (int i = 0; i < CSV_COLUMNS.size(); i++) {
            String field = record.fields().get(i).strip();
            value.put(CSV_COLUMNS.get(i), field.isEmpty() ? null : field);
        }
        String column = "channel";
        try {
            Channel channel = value.get("channel") == null ? null : Channel.fromWire(value.get("channel"));
            column = "followers";
            Long followers = value.get("followers") == null ? null : Long.valueOf(value.get("followers"));
            column = "visibility";
            Visibility visibility = value.get("visibility") == null ? null : Visibility.fromWire(value.get("visibility"));
            column = "receivedAt";
            Instant receivedAt = value.get("receivedAt") == null ? null : Instant.parse(value.get("receivedAt"));
            var author = new NewComplaint.Author(value.get("handle"), value.get("displayName"), value.get("email"), followers);
            return new Line(record.line(), new NewComplaint(channel, value.get("externalId"), author, value.get("text"),
                    visibility, value.get("url"), value.get("inReplyTo"), receivedAt), null);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return new Line(record.line(), null, new ImportReport.Rejection(record.line(), column,
                    "'" + value.get(column) + "' is not valid"));
        }
    }
}
