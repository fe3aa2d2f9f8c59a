package org.jbareos.protocol.fileset;

import java.util.List;

/**
 * A FileSet as the Director sends it to the FD after {@code fileset[ vss=1]\n} (PROTOCOL.md §5.2, {@code
 * dird/fd_sendfileset.cc}): the Include blocks, then the Exclude blocks. {@link FileSetLines} turns it into the item
 * frames and back.
 */
public record FileSet(List<Block> includes, List<Block> excludes) {
  public FileSet {
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
  }

  /**
   * One Include or Exclude block.
   *
   * @param excludeDirContaining the {@code Exclude Dir Containing} names ({@code Z <name>\n})
   * @param options the Options blocks, in order
   * @param files the {@code File} items ({@code F <path>}, no {@code \n})
   * @param plugins the {@code Plugin} items ({@code P <plugin string>}, no {@code \n})
   */
  public record Block(
      List<String> excludeDirContaining, List<Options> options, List<String> files, List<String> plugins) {
    public Block {
      excludeDirContaining = List.copyOf(excludeDirContaining);
      options = List.copyOf(options);
      files = List.copyOf(files);
      plugins = List.copyOf(plugins);
    }
  }

  /**
   * One Options block: {@code O <letters>\n}, its pattern and setting lines, then {@code N\n}.
   *
   * @param letters the option letters ({@code dird/inc_conf.cc}), e.g. {@code MHAX} = md5, no hardlinks, acl, xattr
   * @param items the pattern and setting lines in the order they are sent; the Director sends them grouped in the
   *     order of {@link OptionItem.Code}
   */
  public record Options(String letters, List<OptionItem> items) {
    public Options {
      items = List.copyOf(items);
    }
  }

  /**
   * A pattern or setting line of an Options block: {@code <code> <value>\n}.
   *
   * @param code what the line is
   * @param value the regex, wildcard, name or plugin string
   */
  public record OptionItem(Code code, String value) {

    /** The line codes, in the order the Director sends them ({@code dird/fd_sendfileset.cc:SendFilesetOptions}). */
    public enum Code {
      REGEX("R"),
      REGEX_DIR("RD"),
      REGEX_FILE("RF"),
      WILD("W"),
      WILD_DIR("WD"),
      WILD_FILE("WF"),
      /** A wild base with enhanced wild matching ({@code K}); without it the Director sends {@code WF}. */
      WILD_BASE("WB"),
      BASE("B"),
      FS_TYPE("X"),
      DRIVE_TYPE("XD"),
      PLUGIN("G"),
      READER("D"),
      WRITER("T");

      private final String wire;

      Code(String wire) {
        this.wire = wire;
      }

      /** The code letters on the wire. */
      public String wire() {
        return wire;
      }

      /** The code for a line's code letters, or null. */
      public static Code fromWire(String letters) {
        for (Code code : values()) {
          if (code.wire.equals(letters)) {
            return code;
          }
        }
        return null;
      }
    }
  }
}
