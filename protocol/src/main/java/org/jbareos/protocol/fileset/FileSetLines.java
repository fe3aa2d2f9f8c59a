package org.jbareos.protocol.fileset;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.WireFormat;

/**
 * The FileSet item frames between {@code fileset[ vss=1]\n} and the EOD (PROTOCOL.md §5.2): one frame per line.
 *
 * <pre>
 * I\n                     per Include block (E\n for an Exclude block)
 *   Z &lt;name&gt;\n          Exclude Dir Containing
 *   O &lt;letters&gt;\n       per Options block: its letters,
 *   R|RD|RF|W|WD|WF|WB|B|X|XD|G|D|T &lt;value&gt;\n    its pattern and setting lines,
 *   N\n                   end of the Options block
 *   F &lt;path&gt;              per File item, no \n
 *   N\n
 *   P &lt;plugin&gt;            per Plugin item, no \n
 *   N\n
 * </pre>
 *
 * {@link #format} writes the frames as {@code dird/fd_sendfileset.cc} does. {@link #parse} reads them as {@code
 * filed/fileset.cc:AddFileset} does: trailing junk (spaces, CR, LF) is stripped, the first character is the code, a
 * second non-space character is the subcode, then one space.
 */
public final class FileSetLines {

  private FileSetLines() {}

  /** The item frames for a FileSet, in order. */
  public static List<String> format(FileSet fileSet) {
    List<String> frames = new ArrayList<>();
    fileSet.includes().forEach(block -> formatBlock("I\n", block, frames));
    fileSet.excludes().forEach(block -> formatBlock("E\n", block, frames));
    return frames;
  }

  private static void formatBlock(String start, FileSet.Block block, List<String> frames) {
    frames.add(start);
    block.excludeDirContaining().forEach(name -> frames.add("Z " + name + "\n"));
    for (FileSet.Options options : block.options()) {
      frames.add("O " + options.letters() + "\n");
      options.items().forEach(item -> frames.add(item.code().wire() + " " + item.value() + "\n"));
      frames.add("N\n");
    }
    block.files().forEach(file -> frames.add("F " + file));
    frames.add("N\n");
    block.plugins().forEach(plugin -> frames.add("P " + plugin));
    frames.add("N\n");
  }

  /**
   * Reads the item frames back into a FileSet.
   *
   * @throws ProtocolException for an unknown code, or an item outside an Include/Exclude block
   */
  public static FileSet parse(List<String> frames) throws ProtocolException {
    List<BlockBuilder> includes = new ArrayList<>();
    List<BlockBuilder> excludes = new ArrayList<>();
    BlockBuilder block = null;
    for (String frame : frames) {
      String line = stripTrailingJunk(frame);
      if (line.isEmpty()) {
        continue;
      }
      char code = line.charAt(0);
      String rest = line.substring(1);
      String subcode = "";
      if (!rest.isEmpty() && rest.charAt(0) != ' ') {
        subcode = rest.substring(0, 1);
        rest = rest.substring(1);
      }
      String value = rest.startsWith(" ") ? rest.substring(1) : rest;
      if (code == 'I' || code == 'E') {
        block = new BlockBuilder();
        (code == 'I' ? includes : excludes).add(block);
        continue;
      }
      if (block == null) {
        throw new ProtocolException("FileSet: \"" + WireFormat.printable(frame) + "\" before the first I or E line");
      }
      switch (code) {
        case 'N' -> block.endSection();
        case 'F' -> block.files.add(value);
        case 'P' -> block.plugins.add(value);
        case 'Z' -> block.ignoreDirs.add(value);
        case 'O' -> block.startOptions(value);
        default -> {
          FileSet.OptionItem.Code item = FileSet.OptionItem.Code.fromWire(code + subcode);
          if (item == null) {
            throw new ProtocolException("FileSet: unknown item \"" + WireFormat.printable(frame) + "\"");
          }
          block.addOption(item, value, frame);
        }
      }
    }
    return new FileSet(build(includes), build(excludes));
  }

  private static List<FileSet.Block> build(List<BlockBuilder> builders) {
    return builders.stream().map(BlockBuilder::build).toList();
  }

  /** {@code lib/util.cc StripTrailingJunk}: drops trailing spaces, CR and LF. */
  static String stripTrailingJunk(String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
      end--;
    }
    return line.substring(0, end);
  }

  /** Collects one block's lines while they arrive. */
  private static final class BlockBuilder {
    final List<String> ignoreDirs = new ArrayList<>();
    final List<FileSet.Options> options = new ArrayList<>();
    final List<String> files = new ArrayList<>();
    final List<String> plugins = new ArrayList<>();
    String letters;
    List<FileSet.OptionItem> items;

    void startOptions(String optionLetters) {
      endSection();
      letters = optionLetters;
      items = new ArrayList<>();
    }

    void addOption(FileSet.OptionItem.Code code, String value, String frame) throws ProtocolException {
      if (items == null) {
        throw new ProtocolException("FileSet: \"" + WireFormat.printable(frame) + "\" outside an Options block");
      }
      items.add(new FileSet.OptionItem(code, value));
    }

    void endSection() {
      if (items != null) {
        options.add(new FileSet.Options(letters, items));
        items = null;
        letters = null;
      }
    }

    FileSet.Block build() {
      endSection();
      return new FileSet.Block(ignoreDirs, options, files, plugins);
    }
  }
}
