package org.jbareos.filedaemon.walk;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jbareos.protocol.fileset.FileSet;
import org.jbareos.protocol.fileset.Fnmatch;

/**
 * The FileSet as the FD's find code holds it ({@code findFILESET}): Include blocks with their Options, File items and
 * {@code Exclude Dir Containing} names, and Exclude blocks. {@link #accept} is {@code findlib/find.cc AcceptFile}.
 */
public record FindFileSet(List<Include> includes, List<Exclude> excludes) {

  public FindFileSet {
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
  }

  /** An Include block: its Options blocks in order, its File items and its ExcludeDirContaining names. */
  public record Include(List<FindOptions> options, List<String> files, List<String> excludeDirContaining) {
    public Include {
      options = List.copyOf(options);
      files = List.copyOf(files);
      excludeDirContaining = List.copyOf(excludeDirContaining);
    }

    /**
     * The options in force for the File items themselves and for every file no pattern matched: the last Options
     * block's ({@code FindFiles} and {@code AcceptFile} copy each block's flags in turn, so the last one stays).
     */
    public FindOptions defaultOptions() {
      return options.isEmpty() ? FindOptions.NONE : options.get(options.size() - 1);
    }

    /**
     * The accurate letters of the block ({@code Accurate = ...}), empty for Bareos's default: {@code FindFiles} sets
     * {@code ff->accurate_opts} once per Include from its Options blocks in turn, so the last block that has
     * {@code C...:} decides for every file of the Include.
     */
    public Optional<String> accurate() {
      Optional<String> found = Optional.empty();
      for (FindOptions block : options) {
        if (block.accurate().isPresent()) {
          found = block.accurate();
        }
      }
      return found;
    }
  }

  /** An Exclude block: its File items are wildcards matched against the whole name, and so are its Wild options. */
  public record Exclude(List<FindOptions> options, List<String> files) {
    public Exclude {
      options = List.copyOf(options);
      files = List.copyOf(files);
    }
  }

  /**
   * Reads the FileSet the Director sent.
   *
   * @throws IllegalArgumentException for a regex that does not compile
   */
  public static FindFileSet of(FileSet fileSet) {
    List<Include> includes =
        fileSet.includes().stream()
            .map(b -> new Include(b.options().stream().map(FindOptions::of).toList(), b.files(),
                b.excludeDirContaining()))
            .toList();
    List<Exclude> excludes =
        fileSet.excludes().stream()
            .map(b -> new Exclude(b.options().stream().map(FindOptions::of).toList(), b.files()))
            .toList();
    return new FindFileSet(includes, excludes);
  }

  /**
   * Decides whether a file found below a File item is saved, and with which options ({@code AcceptFile}). The Options
   * blocks are tried in order: for a directory its WildDir patterns, otherwise WildFile and WildBase, then Wild, then
   * RegexDir or RegexFile, then Regex. The first pattern that matches decides: the file is rejected when that block
   * has {@code e} (exclude), otherwise accepted with that block's options. A block with {@code e} and no patterns
   * rejects everything it is reached for. When nothing decides, the Exclude blocks are applied, and an accepted file
   * gets the last block's options.
   *
   * @param fname the full name as the FD sends it (no trailing slash for directories)
   * @param directory true for a directory
   * @return the options to save the file with, or empty when it is excluded
   */
  public Optional<FindOptions> accept(Include include, String fname, boolean directory) {
    for (FindOptions options : include.options()) {
      Decision decision = decide(options, fname, directory);
      if (decision != Decision.UNDECIDED) {
        return decision == Decision.INCLUDE ? Optional.of(options) : Optional.empty();
      }
    }
    if (excluded(fname)) {
      return Optional.empty();
    }
    return Optional.of(include.defaultOptions());
  }

  /** What one Options block says about a file. */
  private enum Decision {
    INCLUDE,
    EXCLUDE,
    UNDECIDED
  }

  private static Decision decide(FindOptions options, String fname, boolean directory) {
    boolean enhanced = options.has(FindFlag.ENHANCEDWILD);
    int flags = (options.has(FindFlag.IGNORECASE) ? Fnmatch.CASEFOLD : 0) | (enhanced ? Fnmatch.PATHNAME : 0);
    boolean matched;
    if (directory) {
      matched = anyWildcard(options.wildDir(), fname, flags);
    } else {
      String basename = enhanced ? fname.substring(fname.lastIndexOf('/') + 1) : fname;
      matched = anyWildcard(options.wildFile(), fname, flags) || anyWildcard(options.wildBase(), basename, flags);
    }
    matched = matched
        || anyWildcard(options.wild(), fname, flags)
        || anyRegex(directory ? options.regexDir() : options.regexFile(), fname)
        || anyRegex(options.regex(), fname);
    boolean exclude = options.has(FindFlag.EXCLUDE);
    if (matched) {
      return exclude ? Decision.EXCLUDE : Decision.INCLUDE;
    }
    return exclude && options.hasNoPatterns() ? Decision.EXCLUDE : Decision.UNDECIDED;
  }

  /** The Exclude blocks' Wild options and File items, matched against the whole name. */
  private boolean excluded(String fname) {
    for (Exclude exclude : excludes) {
      for (FindOptions options : exclude.options()) {
        int flags = options.has(FindFlag.IGNORECASE) ? Fnmatch.CASEFOLD : 0;
        for (String wild : options.wild()) {
          if (Fnmatch.matches(wild, fname, flags)) {
            return true;
          }
        }
      }
      // Bareos folds case for the File items when the block's current (last) Options block has "i".
      int flags =
          !exclude.options().isEmpty() && exclude.options().get(exclude.options().size() - 1).has(FindFlag.IGNORECASE)
              ? Fnmatch.CASEFOLD
              : 0;
      for (String file : exclude.files()) {
        if (Fnmatch.matches(file, fname, flags)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean anyWildcard(List<String> patterns, String name, int flags) {
    return patterns.stream().anyMatch(pattern -> Fnmatch.matches(pattern, name, flags));
  }

  private static boolean anyRegex(List<Pattern> patterns, String name) {
    return patterns.stream().anyMatch(pattern -> pattern.matcher(name).find());
  }
}
