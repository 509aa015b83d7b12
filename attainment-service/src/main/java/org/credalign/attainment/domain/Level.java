package org.credalign.attainment.domain;

/** Where the credential was earned: in high school or after it. */
public enum Level {
    SECONDARY, POSTSECONDARY
}
