package org.credalign.demand.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of a state's median wages. */
final class StateWages {

    private StateWages() {
    }

    @Schema(name = "StateWagesRequest", description = "The state's full list: years left out are removed")
    public record Request(@Schema(required = true) List<Entry> wages) {
    }

    @Schema(name = "StateWages", description = "All-occupation median annual wage of the state per calendar year")
    public record Response(@Schema(example = "NJ") String state, List<Entry> wages) {
    }

    @Schema(name = "StateWage")
    public record Entry(@Schema(example = "2024") Integer year, @Schema(example = "57020") Integer medianAnnualWage) {
    }
}
