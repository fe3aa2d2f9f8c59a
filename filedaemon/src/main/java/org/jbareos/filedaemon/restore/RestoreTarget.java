package org.jbareos.filedaemon.restore;

import org.jbareos.protocol.attributes.FileType;

/**
 * Where a restore puts files ({@code lib/attr.cc BuildAttrOutputFnames}): {@code where} is put in front of every name
 * (with a {@code /} between when neither has one); an empty {@code where} restores in place. A hard link's target
 * (the first name) always gets the prefix; a symlink's target only when it is absolute and {@code prefixLinks} is set
 * ({@code prefix_links}).
 */
public record RestoreTarget(String where, boolean prefixLinks) {

  /** The output name of a file. */
  public String outputName(String fname) {
    return prefixed(fname);
  }

  /** The output link of a LNK or LNKSAVED record. */
  public String outputLink(FileType type, String link) {
    boolean absolute = link.startsWith("/");
    if (absolute && (type == FileType.LNKSAVED || (type == FileType.LNK && prefixLinks))) {
      return prefixed(link);
    }
    return link;
  }

  private String prefixed(String name) {
    if (where.isEmpty()) {
      return name;
    }
    boolean slash = where.endsWith("/") || name.startsWith("/");
    return where + (slash ? "" : "/") + name;
  }
}
