package org.credalign.alignment.domain;

/** A state's data-collection practice, shown on the national map. */
public enum MapCategory {
    SECONDARY_AND_POSTSECONDARY, SECONDARY, LIST, NO_DATA
}
