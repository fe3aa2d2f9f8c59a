package org.jbareos.director.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.dir.FileSetResource;
import org.jbareos.config.value.FileEntry;
import org.jbareos.config.value.FileOptions;
import org.jbareos.config.value.IncludeExcludeItem;
import org.jbareos.net.BareosBase64;
import org.jbareos.protocol.fileset.FileSet;

/**
 * A FileSet resource as the Director sends it to the FD (PROTOCOL.md §5.2) and as the catalog and the SD know it:
 * the item blocks, and the FileSet MD5 — Bareos's {@code inc_conf.cc} feeds every {@code File =} and {@code Plugin =}
 * string, as written, into one MD5 and {@code GetOrCreateFilesetRecord} prints it in Bareos base64 ({@code
 * BinToBase64(..., false)}), e.g. {@code F8+e/0+9Ki+qby/R8H+UIA} for {@code File = "/srv/bareos-test/data"}.
 *
 * @param text the FileSet's items in the configuration's words, for {@code FileSet.FileSetText}
 */
record FileSetWire(String name, FileSet fileSet, String md5, String text, boolean vss) {

  static FileSetWire of(FileSetResource resource) throws JobFailure {
    MessageDigest md5 = newDigest();
    StringBuilder text = new StringBuilder("FileSet {\n  Name = \"" + resource.name() + "\"\n");
    List<FileSet.Block> includes = new ArrayList<>();
    List<FileSet.Block> excludes = new ArrayList<>();
    for (IncludeExcludeItem item : resource.includes()) {
      includes.add(block(item, md5, text, "Include"));
    }
    for (IncludeExcludeItem item : resource.excludes()) {
      excludes.add(block(item, md5, text, "Exclude"));
    }
    text.append("}\n");
    String digest = BareosBase64.encode(md5.digest(), false);
    return new FileSetWire(resource.name(), new FileSet(includes, excludes), digest, text.toString(),
        resource.enableVss());
  }

  private static FileSet.Block block(IncludeExcludeItem item, MessageDigest md5, StringBuilder text, String kind)
      throws JobFailure {
    text.append("  ").append(kind).append(" {\n");
    List<FileSet.Options> options = new ArrayList<>();
    for (FileOptions o : item.options()) {
      FileSet.Options wire = FileSetOptionLetters.of(o);
      options.add(wire);
      text.append("    Options { ").append(wire.letters()).append(" }\n");
    }
    List<String> files = new ArrayList<>();
    for (FileEntry file : item.files()) {
      String written = file.written();
      md5.update(written.getBytes(StandardCharsets.UTF_8));
      text.append("    File = \"").append(written).append("\"\n");
      files.add(switch (file.kind()) {
        case PATH -> file.value();
        case CLIENT_COMMAND, CLIENT_FILE_LIST -> written;
        case DIRECTOR_COMMAND, DIRECTOR_FILE_LIST -> throw JobFailure.fatal(
            "FileSet item \"" + written + "\" is read on the Director, which jbareos does not do yet.");
      });
    }
    for (String plugin : item.plugins()) {
      md5.update(plugin.getBytes(StandardCharsets.UTF_8));
      text.append("    Plugin = \"").append(plugin).append("\"\n");
    }
    text.append("  }\n");
    return new FileSet.Block(item.excludeDirContaining(), options, files, item.plugins());
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }
}
