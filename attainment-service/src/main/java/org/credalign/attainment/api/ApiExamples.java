package org.credalign.attainment.api;

/** Named OpenAPI examples, kept apart so the resource stays readable. */
final class ApiExamples {

    static final String AGGREGATE_ROWS = """
            [{"credentialId": "comptia-a-plus", "level": "SECONDARY", "subgroup": "ALL", "earned": 120},
             {"credentialId": "comptia-a-plus", "level": "SECONDARY", "subgroup": "SEX:F", "earned": 31},
             {"credentialId": "servsafe-food-handler", "level": "SECONDARY", "subgroup": "ALL", "earned": 845}]""";

    static final String INVALID_ROWS = """
            {"type": "https://credalign.example/problems/validation", "title": "Submission has invalid rows",
             "status": 422, "detail": "2 error(s) in 1204 rows; nothing was applied (mode=atomic)",
             "instance": "/api/v1/states/NJ/submissions",
             "errors": [{"row": 17, "field": "credentialId", "message": "unknown credential 'comptia-a'"},
                        {"row": 90, "field": "earned", "message": "must be a whole number ≥ 0, got '-3'"}]}""";

    private ApiExamples() {
    }
}
