package org.credalign.attainment.domain;

/** Rows of one submission are either counts already aggregated by the state or one row per student. */
public enum RowKind {
    AGGREGATE, STUDENT
}
