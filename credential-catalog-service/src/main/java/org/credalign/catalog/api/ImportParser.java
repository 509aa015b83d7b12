package org.credalign.catalog.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.credalign.catalog.domain.CredentialRules;
import org.credalign.catalog.domain.ExternalCode;
import org.credalign.catalog.domain.ImportRules;
import org.credalign.commons.problem.FieldError;
import org.credalign.commons.problem.ProblemException;

/**
 * Turns an import body (a JSON array of credentials, or CSV with the export's columns) into rows. What cannot be
 * read in one row is a row error, reported with the rule violations of the others; a body that is not JSON or CSV
 * at all is a 400.
 */
final class ImportParser {

    /** The parsed rows, the errors of rows that could not be read, and how many rows the body held. */
    record Parsed(List<ImportRules.Row> rows, List<FieldError> errors, int rowsReceived) {
    }

    private static final Set<String> REQUIRED_COLUMNS = Set.of("id", "name", "issuer", "type", "clusters");

    private ImportParser() {
    }

    static Parsed json(String body, ObjectMapper mapper) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("body is not valid JSON: " + e.getOriginalMessage(), List.of());
        }
        if (root == null || !root.isArray()) {
            throw ProblemException.badRequest("a JSON import is an array of credentials", List.of());
        }
        List<ImportRules.Row> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            long row = i + 1;
            JsonNode element = root.get(i);
            if (!element.isObject()) {
                errors.add(FieldError.row(row, "row", "must be a credential object"));
                continue;
            }
            try {
                rows.add(new ImportRules.Row(row, CredentialMapper.toDraft(
                        mapper.treeToValue(element, CredentialRequest.class))));
            } catch (JsonMappingException e) {
                errors.add(FieldError.row(row, jsonPath(e), e.getOriginalMessage()));
            } catch (JsonProcessingException e) {
                errors.add(FieldError.row(row, "row", e.getOriginalMessage()));
            }
        }
        return new Parsed(rows, errors, root.size());
    }

    static Parsed csv(String body) {
        List<CsvRecords.Record> records;
        try {
            records = CsvRecords.parse(body);
        } catch (CsvRecords.MalformedCsv e) {
            throw ProblemException.badRequest("body is not valid CSV: " + e.getMessage(),
                    List.of(FieldError.row(e.line, "row", e.getMessage())));
        }
        if (records.isEmpty()) {
            return new Parsed(List.of(), List.of(), 0);
        }
        CsvRecords.Record header = records.get(0);
        Map<String, Integer> column = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip();
            if (!CredentialMapper.CSV_HEADER.contains(name)) {
                errors.add(FieldError.row(header.line(), name, "unknown column; the columns are "
                        + CredentialMapper.CSV_HEADER));
            } else if (column.putIfAbsent(name, i) != null) {
                errors.add(FieldError.row(header.line(), name, "column is given twice"));
            }
        }
        REQUIRED_COLUMNS.stream().filter(c -> !column.containsKey(c)).sorted()
                .forEach(c -> errors.add(FieldError.row(header.line(), c, "required column is missing")));
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), errors, records.size() - 1);
        }
        List<ImportRules.Row> rows = new ArrayList<>();
        for (CsvRecords.Record record : records.subList(1, records.size())) {
            if (record.fields().size() != header.fields().size()) {
                errors.add(FieldError.row(record.line(), "row", "has " + record.fields().size()
                        + " fields; the header has " + header.fields().size()));
                continue;
            }
            // The export's version, changedBy and changedAt columns describe a stored version and are not read.
            CsvRow row = new CsvRow(record, column, errors);
            rows.add(new ImportRules.Row(record.line(), new CredentialRules.Draft(row.text("id"), row.text("name"),
                    row.text("issuer"), row.text("type"), row.list("clusters"), row.list("occupations"),
                    row.bool("secondaryAppropriate"), row.list("requiredInStates"), row.codes("externalCodes"),
                    row.text("description"), row.text("url"), row.text("status"))));
        }
        return new Parsed(rows, errors, records.size() - 1);
    }

    /** Reads typed values from one CSV record; a value that cannot be read adds an error naming its column. */
    private record CsvRow(CsvRecords.Record record, Map<String, Integer> column, List<FieldError> errors) {

        String text(String name) {
            Integer at = column.get(name);
            if (at == null) {
                return null;
            }
            String value = record.fields().get(at);
            // The export prefixes a quote to text a spreadsheet would run as a formula; read it back without.
            if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
                value = value.substring(1);
            }
            return value.isEmpty() ? null : value;
        }

        List<String> list(String name) {
            String value = text(name);
            return value == null ? List.of() : Arrays.stream(value.split("\\|", -1)).map(String::strip).toList();
        }

        Boolean bool(String name) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> {
                    errors.add(FieldError.row(record.line(), name, "must be true or false, got '" + value + "'"));
                    yield null;
                }
            };
        }

        List<ExternalCode> codes(String name) {
            List<ExternalCode> codes = new ArrayList<>();
            List<String> values = list(name);
            for (int i = 0; i < values.size(); i++) {
                String value = values.get(i);
                int colon = value.indexOf(':');
                if (colon <= 0) {
                    errors.add(FieldError.row(record.line(), name + "[" + i + "]",
                            "must be SYSTEM:code (e.g. CTID:ce-123), got '" + value + "'"));
                } else {
                    codes.add(new ExternalCode(value.substring(0, colon), value.substring(colon + 1)));
                }
            }
            return codes;
        }
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
