package org.jbareos.director.console;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jbareos.catalog.RestoreFile;
import org.jbareos.net.BareosBase64;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.attributes.EncodedStat;
import org.jbareos.protocol.fileset.Fnmatch;

/**
 * The directory tree a restore selects files in ({@code lib/tree.cc}, {@code dird/ua_tree.cc InsertTreeHandler},
 * {@code SetExtract}, {@code MarkElements}, {@code tree_cwd}). The root is {@code /}; each catalog row becomes a node
 * under the directories of its path, which are made as {@link Type#NEW_DIR} nodes until their own row (a directory's
 * row comes after its contents) makes them {@link Type#DIR}. Children are kept in Bareos's order ({@code
 * NodeCompare}: the first byte as a signed {@code char}, then {@code strcmp}); {@link #nodes} keeps the order in
 * which nodes were made, the order {@code count}, {@code find} and the bootstrap walk.
 *
 * <p>Marking a directory marks everything below it; a marked node's parents show {@code +} (they have a marked
 * descendant); marking a hard link also marks the file it links to, which holds the data.
 */
final class RestoreTree {

  /** {@code tree_node_type}. */
  enum Type { ROOT, NEW_DIR, DIR, FILE }

  /** {@code tree_node}. */
  static final class Node {
    private final String name;
    private final Node parent;
    /** By name; made with the first child (most nodes are files). */
    private Map<String, Node> children;
    /** The children in Bareos's order, sorted when first asked for after a change. */
    private List<Node> ordered;
    private Type type;
    private RestoreFile version;
    private EncodedStat stat;
    private boolean extract;
    private boolean extractDescendant;
    private boolean hardLink;

    private Node(String name, Node parent, Type type) {
      this.name = name;
      this.parent = parent;
      this.type = type;
    }

    String name() {
      return name;
    }

    Type type() {
      return type;
    }

    boolean extract() {
      return extract;
    }

    boolean extractDescendant() {
      return extractDescendant;
    }

    boolean hasChildren() {
      return children != null;
    }

    Collection<Node> children() {
      if (children == null) {
        return List.of();
      }
      if (ordered == null) {
        List<Node> sorted = new ArrayList<>(children.values());
        sorted.sort(Comparator.comparing(Node::name, BAREOS_ORDER));
        ordered = sorted;
      }
      return ordered;
    }

    /** The catalog row of the node; empty for a directory only made by its contents. */
    Optional<RestoreFile> version() {
      return Optional.ofNullable(version);
    }

    /**
     * The decoded lstat; all zero where there is no row (as Bareos shows a node it finds no attributes for). Decoded
     * when first asked for: building the tree of a large restore only needs the link fields.
     */
    EncodedStat stat() {
      if (stat == null) {
        stat = version == null ? NO_STAT : decode(version.lstat());
      }
      return stat;
    }

    /** {@code ls}'s tag: {@code *} marked, {@code +} something below marked. */
    String tag() {
      return extract ? "*" : extractDescendant ? "+" : "";
    }

    boolean isSoftLink() {
      return (stat().mode() & S_IFMT) == S_IFLNK;
    }

    /** {@code tree_getpath}: directories end in {@code /}, the root is {@code /}. */
    String path() {
      StringBuilder path = new StringBuilder();
      appendPath(path);
      return path.toString();
    }

    private void appendPath(StringBuilder path) {
      if (parent != null) {
        parent.appendPath(path);
      }
      path.append(name);
      boolean atRoot = path.length() == 1 && path.charAt(0) == '/';
      if ((type != Type.FILE && !atRoot) || (isSoftLink() && hasChildren())) {
        path.append('/');
      }
    }
  }

  private static final EncodedStat NO_STAT = new EncodedStat(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  private static final long S_IFMT = 0170000;
  private static final long S_IFLNK = 0120000;
  private static final int NLINK = 3;
  private static final int LINK_FI = 13;

  /** {@code NodeCompare}: the first byte compared as a signed char, then the bytes unsigned ({@code strcmp}). */
  static final Comparator<String> BAREOS_ORDER = (a, b) -> {
    byte[] x = a.getBytes(StandardCharsets.UTF_8);
    byte[] y = b.getBytes(StandardCharsets.UTF_8);
    int first = Byte.compare(x.length > 0 ? x[0] : 0, y.length > 0 ? y[0] : 0);
    return first != 0 ? first : java.util.Arrays.compareUnsigned(x, y);
  };

  private final Node root = new Node("", null, Type.ROOT);
  private final List<Node> nodes = new ArrayList<>();
  /** Directory nodes by their path without the trailing slash: one lookup per row instead of one per level. */
  private final Map<String, Node> directories = new HashMap<>();
  private final Map<Long, Node> hardLinks = new HashMap<>();
  private final boolean all;
  /** The path of the last file row and its directory's node ({@link #insert}). */
  private String lastFilePath;
  private Node lastFileParent;
  /** Whether the last {@link #child} call made the node. */
  private boolean madeNode;
  private long insertedFiles;
  private long rows;

  private RestoreTree(boolean all) {
    this.all = all;
  }

  /**
   * Inserts the versions in order, as {@code InsertTreeHandler} does for the rows of the selected jobs.
   *
   * @param all whether every node starts marked ({@code restore ... all})
   */
  static RestoreTree of(List<RestoreFile> versions, boolean all) {
    RestoreTree tree = empty(all);
    versions.forEach(tree::insert);
    return tree;
  }

  /** A tree to {@link #insert} the rows of the selected jobs into as they come. */
  static RestoreTree empty(boolean all) {
    return new RestoreTree(all);
  }

  Node root() {
    return root;
  }

  /** Every node but the root, in the order they were made. */
  List<Node> nodes() {
    return nodes;
  }

  /** {@code FileCount}: the rows that made a new node ({@code N files inserted into the tree and marked ...}). */
  long insertedFiles() {
    return insertedFiles;
  }

  /** {@code cnt}: every row inserted ({@code N files inserted into the tree.}). */
  long rows() {
    return rows;
  }

  /** The marked versions, in node order: what the bootstrap restores ({@code BuildDirectoryTree}'s walk). */
  List<RestoreFile> selected() {
    return nodes.stream().filter(n -> n.extract && n.type != Type.NEW_DIR && n.version != null)
        .map(n -> n.version).toList();
  }

  /**
   * One row of the selected jobs, in their order (JobTDate, then FileIndex). A path and name the same job saved
   * twice keeps the later row (the earlier one for a hard link, which points back) and counts once.
   */
  void insert(RestoreFile version) {
    String path = version.path();
    String name = version.name();
    Type type = Type.FILE;
    Node parent;
    if (!name.isEmpty() && path == lastFilePath) {
      // the rows of a directory's files share one path string (RestoreSelection): one lookup per directory
      parent = lastFileParent;
    } else {
      String parentPath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
      if (name.isEmpty()) {
        int slash = parentPath.lastIndexOf('/');
        name = parentPath.substring(slash + 1);
        parentPath = slash < 0 ? "" : parentPath.substring(0, slash);
        type = Type.DIR;
        if (name.isEmpty()) {
          return; // the row of "/" itself: the root
        }
      }
      parent = directory(parentPath);
      if (type == Type.FILE) {
        lastFilePath = path;
        lastFileParent = parent;
      }
    }
    Node node = child(parent, name, type);
    boolean inserted = madeNode;
    boolean repeat = !inserted && node.version != null && node.version.jobId() == version.jobId();
    String lstat = version.lstat();
    int nlinkAt = fieldStart(lstat, 0, NLINK);
    long linkFi = nlinkAt < 0 ? 0 : decodeField(lstat, fieldStart(lstat, nlinkAt, LINK_FI - NLINK));
    boolean hardLink = linkFi != 0;
    boolean ok = inserted || node.version == null || version.jobId() != node.version.jobId()
        || (hardLink ? version.fileIndex() <= node.version.fileIndex()
            : version.fileIndex() >= node.version.fileIndex());
    if (ok) {
      node.hardLink = hardLink;
      node.version = version;
      node.stat = null;
      node.type = type;
      if (all) {
        node.extract = true;
      }
      if (type == Type.FILE && decodeField(lstat, nlinkAt) > 1) {
        Node original = hardLink ? hardLinks.get(key(version.jobId(), linkFi)) : node;
        if (original != null) {
          hardLinks.put(key(version.jobId(), version.fileIndex()), original);
        }
      }
    }
    if (inserted) {
      insertedFiles++;
    }
    if (!repeat) {
      rows++;
    }
  }

  /** {@code make_tree_path}: the node of a directory path, made where missing. */
  private Node directory(String path) {
    if (path.isEmpty()) {
      return root;
    }
    Node known = directories.get(path);
    if (known != null) {
      return known;
    }
    int slash = path.lastIndexOf('/');
    Node parent = slash < 0 ? root : directory(path.substring(0, slash));
    Node node = child(parent, path.substring(slash + 1), Type.NEW_DIR);
    directories.put(path, node);
    return node;
  }

  /** {@code search_and_insert_tree_node}; {@link #madeNode} tells whether the node is new. */
  private Node child(Node parent, String name, Type type) {
    if (parent.children == null) {
      parent.children = new HashMap<>();
    }
    Node existing = parent.children.get(name);
    if (existing != null) {
      madeNode = false;
      return existing;
    }
    Node node = new Node(name, parent, type);
    parent.children.put(name, node);
    parent.ordered = null;
    nodes.add(node);
    madeNode = true;
    return node;
  }

  /**
   * Where field {@code fields} places after the field starting at {@code from} begins in an encoded lstat ({@code
   * lib/attribs.cc DecodeStat}'s order: dev, ino, mode, nlink, ... LinkFI is the 14th, index 13); -1 where the row is
   * too short. Reading two fields in place spares decoding the others.
   */
  private static int fieldStart(String lstat, int from, int fields) {
    int start = from;
    for (int i = 0; i < fields && start >= 0; i++) {
      int space = lstat.indexOf(' ', start);
      start = space < 0 ? -1 : space + 1;
    }
    return start;
  }

  /** The field starting at {@code start} (see {@link #fieldStart}); 0 where there is none. */
  private static long decodeField(String lstat, int start) {
    return start < 0 ? 0 : BareosBase64.decodeInt(lstat, start);
  }

  private static EncodedStat decode(String lstat) {
    try {
      return EncodedStat.decode(lstat);
    } catch (ProtocolException e) {
      return NO_STAT; // DecodeStat of a bad row leaves zeros
    }
  }

  private static long key(long jobId, long fileIndex) {
    return (jobId << 32) + fileIndex;
  }

  /**
   * {@code MarkElements}: marks (or unmarks) what each argument names, relative to {@code cwd} or from the root when
   * it starts with {@code /}; each path part is a wildcard, {@code **} stands for any number of directories.
   *
   * @return how many nodes changed ({@code N files newly marked})
   */
  int mark(List<String> arguments, Node cwd, boolean extract) {
    int count = 0;
    for (String argument : arguments) {
      List<String> parts = splitPath(argument.endsWith("/")
          ? argument.substring(0, argument.length() - 1) : argument);
      record Step(Node node, int part) {}
      Deque<Step> stack = new ArrayDeque<>();
      if (parts.getFirst().isEmpty()) {
        stack.push(new Step(root, 1));
      } else {
        stack.push(new Step(cwd, 0));
      }
      while (!stack.isEmpty()) {
        Step current = stack.pop();
        String part = parts.get(current.part());
        if (part.equals("**")) {
          stack.push(new Step(current.node(), current.part() + 1));
          for (Node child : current.node().children()) {
            if (child.type != Type.FILE) {
              stack.push(new Step(child, current.part()));
            }
          }
          continue;
        }
        for (Node child : current.node().children()) {
          if (Fnmatch.matches(part, child.name, 0)) {
            if (current.part() + 1 == parts.size()) {
              count += setExtract(child, extract);
            } else if (child.type != Type.FILE) {
              stack.push(new Step(child, current.part() + 1));
            }
          }
        }
      }
    }
    return count;
  }

  /** {@code split_path}: the parts between slashes; an empty or {@code **} last part means {@code *}. */
  private static List<String> splitPath(String path) {
    List<String> parts = new ArrayList<>(List.of(path.split("/", -1)));
    String last = parts.getLast();
    if (last.isEmpty() || last.equals("**")) {
      parts.set(parts.size() - 1, "*");
    }
    return parts;
  }

  /** {@code SetExtract}: the node and everything below it; the parents learn whether they have marked descendants. */
  private int setExtract(Node node, boolean extract) {
    int count = node.extract != extract && node.type != Type.NEW_DIR && node.type != Type.ROOT ? 1 : 0;
    node.extract = extract;
    if (node.type != Type.FILE || (node.isSoftLink() && node.hasChildren())) {
      for (Node child : node.children()) {
        count += setExtract(child, extract);
      }
    } else if (extract && node.hardLink) {
      Node original = hardLinks.get(key(node.version.jobId(), node.version.fileIndex()));
      if (original != null && original != node) {
        count += setExtract(original, true);
      }
    }
    Node up = node;
    if (extract) {
      while (up.parent != null && !up.parent.extractDescendant) {
        up = up.parent;
        up.extractDescendant = true;
      }
    } else {
      while (up.parent != null && up.parent.extractDescendant) {
        up = up.parent;
        up.extractDescendant = up.children().stream().anyMatch(c -> c.extract || c.extractDescendant);
      }
    }
    return count;
  }

  /** {@code markdir}/{@code unmarkdir}: the matching directories of {@code cwd} only, not what they hold. */
  int markDirectories(List<String> patterns, Node cwd, boolean extract) {
    int count = 0;
    for (String pattern : patterns) {
      String stripped = pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
      for (Node child : cwd.children()) {
        if (Fnmatch.matches(stripped, child.name, 0) && child.type == Type.DIR) {
          child.extract = extract;
          count++;
        }
      }
    }
    return count;
  }

  /**
   * {@code tree_cwd}: {@code .}, {@code ..}, {@code ../x}, an absolute or a relative path whose parts may be
   * wildcards (the first matching child is taken); empty when no such directory exists.
   */
  Optional<Node> cwd(String path, Node from) {
    if (path.equals(".")) {
      return Optional.of(from);
    }
    if (path.equals("..") || path.startsWith("../")) {
      Node parent = from.parent != null ? from.parent : from;
      return path.length() == 2 ? Optional.of(parent) : cwd(path.substring(3), parent);
    }
    if (path.startsWith("/")) {
      return relativeCwd(path.substring(1), root);
    }
    return relativeCwd(path, from);
  }

  private static Optional<Node> relativeCwd(String path, Node from) {
    if (path.isEmpty()) {
      return Optional.of(from);
    }
    int slash = path.indexOf('/');
    String segment = slash < 0 ? path : path.substring(0, slash);
    Node found = null;
    for (Node child : from.children()) {
      if (child.name.equals(segment) || Fnmatch.matches(segment, child.name, 0)) {
        found = child;
        break;
      }
    }
    if (found == null || (found.type == Type.FILE && !found.hasChildren())) {
      return Optional.empty();
    }
    return slash < 0 ? Optional.of(found) : relativeCwd(path.substring(slash + 1), found);
  }
}
