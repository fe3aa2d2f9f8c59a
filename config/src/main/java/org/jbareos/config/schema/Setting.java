package org.jbareos.config.schema;

import org.jbareos.config.SourcePosition;

/**
 * The value a resource gives a directive and where it was written (the first time, for
 * accumulated lists). {@code inheritedFrom} names the JobDefs it came from, or is null.
 */
public record Setting(Object value, SourcePosition position, String inheritedFrom) {}
