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

    static final String STUDENT_ROWS_JSON = """
            [{"studentKey": "9f2c1e0a7b", "credentialId": "comptia-a-plus", "level": "SECONDARY", "outcome": "EARNED",
              "sex": "F", "race": "ASIAN", "economicallyDisadvantaged": true, "disability": false,
              "englishLearner": false},
             {"studentKey": "41d0aa93c2", "codeSystem": "CIP", "code": "11.1006", "level": "SECONDARY",
              "sex": "M", "race": "WHITE"}]""";

    static final String AGGREGATE_CSV = """
            credentialId,level,subgroup,earned
            comptia-a-plus,SECONDARY,ALL,120
            comptia-a-plus,SECONDARY,SEX:F,31
            """;

    static final String STUDENT_CSV = """
            studentKey,credentialId,level,outcome,sex,race,economicallyDisadvantaged,disability,englishLearner
            9f2c1e0a7b,comptia-a-plus,SECONDARY,EARNED,F,ASIAN,true,false,false
            41d0aa93c2,servsafe-food-handler,SECONDARY,EARNED,M,WHITE,false,false,true
            """;

    static final String STUDENT_NDJSON = """
            {"studentKey": "9f2c1e0a7b", "credentialId": "comptia-a-plus", "level": "SECONDARY", "sex": "F"}
            {"studentKey": "41d0aa93c2", "credentialId": "osha-10", "level": "SECONDARY", "race": "BLACK"}
            """;

    /**
     * The NDJSON example as a JSON string literal: OpenAPI tooling parses example text that looks like JSON, and two
     * objects on two lines are not one JSON value.
     */
    static final String STUDENT_NDJSON_DOCUMENTED = "\"{\\\"studentKey\\\": \\\"9f2c1e0a7b\\\", "
            + "\\\"credentialId\\\": \\\"comptia-a-plus\\\", \\\"level\\\": \\\"SECONDARY\\\", "
            + "\\\"sex\\\": \\\"F\\\"}\\n{\\\"studentKey\\\": \\\"41d0aa93c2\\\", "
            + "\\\"credentialId\\\": \\\"osha-10\\\", \\\"level\\\": \\\"SECONDARY\\\", "
            + "\\\"race\\\": \\\"BLACK\\\"}\\n\"";

    static final String TOO_LARGE = """
            {"type": "https://credalign.example/problems/payload-too-large", "title": "Submission too large",
             "status": 413, "detail": "the body exceeds the limit of 1073741824 bytes ...",
             "instance": "/api/v1/states/NJ/submissions"}""";

    static final String TOO_MANY_ROWS = """
            {"type": "https://credalign.example/problems/validation", "title": "Submission has invalid rows",
             "status": 422, "detail": "the submission has more than 20000000 rows, the most one submission may hold (attainment.submissions.max-rows). 1 error(s) in 20000001 rows; nothing was applied (mode=atomic)",
             "instance": "/api/v1/states/NJ/submissions",
             "errors": [{"row": 20000002, "field": "(row)", "message": "the submission has more than 20000000 rows, the most one submission may hold (attainment.submissions.max-rows)"}]}""";

    static final String TOO_MANY_UPLOADS = """
            {"type": "https://credalign.example/problems/too-many-uploads", "title": "Too many uploads in flight",
             "status": 429, "detail": "state NJ already has 2 upload(s) being received or processed (attainment.submissions.max-concurrent-per-state); retry after 5 seconds",
             "instance": "/api/v1/states/NJ/submissions"}""";

    static final String KEY_REUSED = """
            {"type": "https://credalign.example/problems/validation",
             "title": "Idempotency-Key reused with a different request", "status": 422,
             "instance": "/api/v1/states/NJ/submissions",
             "errors": [{"field": "Idempotency-Key", "message": "already used for a different request"}]}""";

    static final String PROFILE = """
            {"collectsSecondary": true, "collectsPostsecondary": false, "vendorDataSharingAgreements": 2,
             "credentialsInEssaPlan": true, "incentivePolicy": true, "maintainsApprovedList": true,
             "yearsOfDataAvailable": 6, "highSchoolEnrollment": 412000, "cteConcentrators": 61000}""";

    static final String INVALID_PROFILE = """
            {"type": "https://credalign.example/problems/validation", "title": "Profile has invalid fields",
             "status": 422, "instance": "/api/v1/states/NJ/profile",
             "errors": [{"field": "vendorDataSharingAgreements", "message": "is required: a whole number >= 0"}]}""";

    private ApiExamples() {
    }
}
