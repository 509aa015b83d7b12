package org.credalign.demand.domain;

/** Why a credential's demand is the number it is (METHODOLOGY.md "Inputs"). */
public enum DemandBasis {
    /** Postings that request the credential (certifications, CTE assessments, general career readiness). */
    DIRECT,
    /** Postings that ask for the software competence (software credentials). */
    SOFTWARE,
    /** Postings of the license's linked occupations, in a state where the license is required. */
    LICENSED_OCCUPATION,
    /** A license in a state that does not require it: zero demand. */
    NOT_REQUIRED_HERE
}
