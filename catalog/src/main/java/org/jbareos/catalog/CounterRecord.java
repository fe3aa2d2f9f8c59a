package org.jbareos.catalog;

/**
 * One row of {@code Counters}: a Counter resource's state, used by {@code ${Name}} variables in a Pool's Label
 * Format. {@code wrapCounter} names the counter incremented when this one wraps from max back to min.
 */
public record CounterRecord(String counter, int minValue, int maxValue, int currentValue, String wrapCounter) {
  static final String COLUMNS = "counter, minvalue, maxvalue, currentvalue, wrapcounter";
}
