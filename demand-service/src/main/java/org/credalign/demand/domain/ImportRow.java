package org.credalign.demand.domain;

import java.math.BigDecimal;
import java.util.List;

/** A validated import row of one of the {@link ImportKind}s. */
public sealed interface ImportRow {

    /** The 1-based row number it came from (CSV physical line, JSON element). */
    long row();

    /** The scope the row belongs to and that an import replaces: {@code STATE:YEAR}, or the SOC for occupations. */
    String scopeKey();

    /** What must be unique within one import. */
    String identity();

    /** The row's content without its row number, for the content hash (so file format and order do not matter). */
    String canonical();

    static String stateYear(String state, int year) {
        return state + ":" + year;
    }

    record CredentialPostings(long row, String state, int year, String credentialId, long postings)
            implements ImportRow {
        public String scopeKey() {
            return stateYear(state, year);
        }

        public String identity() {
            return scopeKey() + ":" + credentialId;
        }

        public String canonical() {
            return identity() + "\t" + postings;
        }
    }

    record OccupationPostings(long row, String state, int year, String soc, long postings) implements ImportRow {
        public String scopeKey() {
            return stateYear(state, year);
        }

        public String identity() {
            return scopeKey() + ":" + soc;
        }

        public String canonical() {
            return identity() + "\t" + postings;
        }
    }

    record OccupationFigures(long row, String soc, String title, Integer medianAnnualWage, Integer employment,
            BigDecimal projectedGrowthPct, List<String> clusters) implements ImportRow {
        public String scopeKey() {
            return soc;
        }

        public String identity() {
            return soc;
        }

        public String canonical() {
            return String.join("\t", soc, title, String.valueOf(medianAnnualWage), String.valueOf(employment),
                    projectedGrowthPct == null ? "null" : projectedGrowthPct.stripTrailingZeros().toPlainString(),
                    String.join("|", clusters));
        }
    }

    record StateWage(long row, String state, int year, int medianAnnualWage) implements ImportRow {
        public String scopeKey() {
            return stateYear(state, year);
        }

        public String identity() {
            return scopeKey();
        }

        public String canonical() {
            return identity() + "\t" + medianAnnualWage;
        }
    }
}
