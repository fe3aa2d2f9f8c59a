package org.jbareos.config.dir;

import org.jbareos.config.schema.Resource;

/** A Counter variable (kept in the catalog). */
public record CounterResource(String name, int minimum, int maximum, String wrapCounter,
    String catalog, Resource resource) {

  public static CounterResource of(Resource r) {
    return new CounterResource(r.name(), r.get(CounterDirectives.MINIMUM),
        r.get(CounterDirectives.MAXIMUM), r.get(CounterDirectives.WRAP_COUNTER),
        r.get(CounterDirectives.CATALOG), r);
  }
}
