package org.jbareos.filedaemon.walk;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jbareos.protocol.attributes.DigestAlgorithm;
import org.jbareos.protocol.fileset.FileSet;
import org.jbareos.protocol.fileset.OptionLetters;

/**
 * One Options block of an Include or Exclude block as the FD holds it ({@code findFOPTS}, built by {@code
 * filed/fileset.cc}): its flags, digest, compression and patterns. Regexes are POSIX extended regexes that match
 * anywhere in the name ({@code regexec} without anchors), compiled case-insensitive when {@code i} is set.
 *
 * @param flags the one-letter flags
 * @param digest the signature option ({@code M}, {@code S}, {@code S2}, {@code S3}, {@code S4}), if any
 * @param compression the compression option ({@code Z6}, {@code Zf4}, ...), if any
 * @param fsTypes the {@code X <fstype>} lines: when not empty, only these file system types are saved ({@code
 *     AcceptFstype}: a File item on another one is skipped, a file system below it is not descended)
 * @param stripPath {@code P<n>:}, the number of leading directories to strip from the names sent (0: none)
 * @param sizeMatch {@code z<size>:}, the sizes of regular files to save
 * @param encryption the encryption option ({@code Eb}, {@code E3}, {@code Ea1}, ..., {@code Ef}), if any
 * @param accurate the letters of {@code C<letters>:} ({@code Accurate = <letters>}), if the block has them: what an
 *     accurate Incremental or Differential compares (see {@code org.jbareos.filedaemon.accurate.AccurateCheck})
 */
public record FindOptions(
    Set<FindFlag> flags,
    Optional<DigestAlgorithm> digest,
    Optional<String> compression,
    List<String> wild,
    List<String> wildDir,
    List<String> wildFile,
    List<String> wildBase,
    List<Pattern> regex,
    List<Pattern> regexDir,
    List<Pattern> regexFile,
    List<String> fsTypes,
    int stripPath,
    Optional<SizeMatch> sizeMatch,
    Optional<String> encryption,
    Optional<String> accurate) {

  /** The options of a fileset without any Options block: no flags, no patterns. */
  public static final FindOptions NONE = of(new FileSet.Options("", List.of()));

  public FindOptions {
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    wild = List.copyOf(wild);
    wildDir = List.copyOf(wildDir);
    wildFile = List.copyOf(wildFile);
    wildBase = List.copyOf(wildBase);
    regex = List.copyOf(regex);
    regexDir = List.copyOf(regexDir);
    regexFile = List.copyOf(regexFile);
    fsTypes = List.copyOf(fsTypes);
  }

  /**
   * Reads an Options block as the Director sent it.
   *
   * @throws IllegalArgumentException for a regex that does not compile (the FD reports it and fails the job)
   */
  public static FindOptions of(FileSet.Options options) {
    EnumSet<FindFlag> flags = EnumSet.noneOf(FindFlag.class);
    int stripPath = 0;
    Optional<SizeMatch> sizeMatch = Optional.empty();
    Optional<String> encryption = Optional.empty();
    Optional<String> accurate = Optional.empty();
    for (String option : OptionLetters.split(options.letters())) {
      FindFlag flag = FindFlag.fromLetter(option);
      if (flag != null) {
        flags.add(flag);
      } else if (option.startsWith("P") && option.endsWith(":")) {
        stripPath = Integer.parseInt("0" + option.substring(1, option.length() - 1).replaceAll("[^0-9]", ""));
      } else if (option.startsWith("C")) {
        // filed/fileset.cc SetOptionsAndFlags: the letters up to the ':' (or the end of the line)
        accurate = Optional.of(option.substring(1, option.endsWith(":") ? option.length() - 1 : option.length()));
      } else if (option.startsWith("E") && option.length() > 1) {
        encryption = Optional.of(option);
      } else if (option.startsWith("z") && option.endsWith(":")) {
        String spec = option.substring(1, option.length() - 1);
        sizeMatch = Optional.of(SizeMatch.parse(spec)
            .orElseThrow(() -> new IllegalArgumentException("FileSet size option \"" + spec + "\" is malformed")));
      }
    }
    boolean ignoreCase = flags.contains(FindFlag.IGNORECASE);
    List<String> wild = new ArrayList<>();
    List<String> wildDir = new ArrayList<>();
    List<String> wildFile = new ArrayList<>();
    List<String> wildBase = new ArrayList<>();
    List<Pattern> regex = new ArrayList<>();
    List<Pattern> regexDir = new ArrayList<>();
    List<Pattern> regexFile = new ArrayList<>();
    List<String> fsTypes = new ArrayList<>();
    for (FileSet.OptionItem item : options.items()) {
      switch (item.code()) {
        case WILD -> wild.add(item.value());
        case WILD_DIR -> wildDir.add(item.value());
        case WILD_FILE -> wildFile.add(item.value());
        case WILD_BASE -> wildBase.add(item.value());
        case REGEX -> regex.add(compile(item.value(), ignoreCase));
        case REGEX_DIR -> regexDir.add(compile(item.value(), ignoreCase));
        case REGEX_FILE -> regexFile.add(compile(item.value(), ignoreCase));
        case FS_TYPE -> fsTypes.add(item.value());
        default -> {
          // drive type (Windows), base, plugin, reader and writer lines do not select files here
        }
      }
    }
    return new FindOptions(
        flags,
        OptionLetters.signature(options.letters()),
        OptionLetters.compression(options.letters()),
        wild,
        wildDir,
        wildFile,
        wildBase,
        regex,
        regexDir,
        regexFile,
        fsTypes,
        stripPath,
        sizeMatch,
        encryption,
        accurate);
  }

  private static Pattern compile(String regex, boolean ignoreCase) {
    try {
      return Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("FileSet regex \"" + regex + "\" does not compile: " + e.getDescription(), e);
    }
  }

  /** True when the flag is set. */
  public boolean has(FindFlag flag) {
    return flags.contains(flag);
  }

  /**
   * True when the file system type of a path is allowed ({@code AcceptFstype}): no {@code X} lines, or the type's
   * name as in {@code /proc/mounts} (Bareos's {@code fstype()} on Linux, Java's {@link java.nio.file.FileStore#type()})
   * is one of them.
   */
  public boolean acceptsFsType(java.nio.file.Path path) {
    return fsTypes.isEmpty() || fsTypes.contains(fsType(path));
  }

  /** The file system type name of a path, or {@code unknown}. */
  public static String fsType(java.nio.file.Path path) {
    try {
      return java.nio.file.Files.getFileStore(path).type();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  /** True when the block has no patterns at all (with {@code e} it then excludes everything it sees). */
  public boolean hasNoPatterns() {
    return wild.isEmpty() && wildDir.isEmpty() && wildFile.isEmpty() && wildBase.isEmpty() && regex.isEmpty()
        && regexDir.isEmpty() && regexFile.isEmpty();
  }
}
