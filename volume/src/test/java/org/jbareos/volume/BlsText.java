package org.jbareos.volume;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a golden {@code <VOL>.bls.txt} (conformance/volumes) that the tests compare with: the label sections of
 * {@code bls -j -v}, the block dump of {@code bls -k -v -v} and the record listing of {@code bls -v}.
 */
final class BlsText {
  /** One {@code Dump block} of {@code bls -k -v -v}, without the bogus last {@code Rec:} line. */
  record DumpedBlock(long size, long blockNumber, long headerChecksum, long checksum, List<RawRecord> rawRecords) {}

  /** A {@code Rec:} line as printed (FI and Strm may be names). */
  record RawRecord(String vid, String vt, String fi, String strm, String len) {}

  /** One {@code Rec:} line; stream is the number (names resolved through the {@code bls -v} listing). */
  record DumpedRecord(long volSessionId, long volSessionTime, int fileIndex, int stream, long length) {}

  /** One record line of {@code bls -v}; {@code detail} is the text after '|' on the line(s), e.g. the path. */
  record ListedRecord(int fileIndex, int stream, String streamName, long dataLength, List<String> detail) {}

  final List<Map<String, String>> labelSections = new ArrayList<>();
  final List<String> labelSectionTitles = new ArrayList<>();
  final List<DumpedBlock> blocks = new ArrayList<>();
  final List<ListedRecord> listed = new ArrayList<>();
  final Map<String, Integer> streamNumbers = new HashMap<>();
  final List<String> verboseListingLines = new ArrayList<>();
  /** Non-blank output lines of {@code bls -j -v} without bls's own log lines. */
  final List<String> jobListingLines = new ArrayList<>();
  String filesFoundLine;
  String sha256;
  long fileSize;
  /** The Storage Daemon that wrote the volume, from the header line {@code # Written by ... via <sd> (...)}. */
  String writtenVia;

  private static final Pattern DUMP = Pattern.compile("Dump block\\s+0x[0-9a-f]+: size=(\\d+) BlkNum=(\\d+)");
  private static final Pattern CKSUM = Pattern.compile("Hdrcksum=([0-9a-f]+) cksum=([0-9a-f]+)");
  private static final Pattern REC = Pattern.compile(
      "Rec: VId=(\\d+) VT=(\\d+) FI=(.+?) Strm=(\\S+) len=(\\d+) p=");
  private static final Pattern LISTED = Pattern.compile(
      "^FileIndex=(\\d+)\\s+Stream=(\\d+)\\s+(\\S+)\\s+DataLen=(\\d+)\\s*\\|\\s?(.*)$");
  private static final Pattern HEADER = Pattern.compile(
      "^# Volume file: \\S+ \\((\\d+) bytes, sha256 ([0-9a-f]+)\\)");

  private static final Pattern VIA = Pattern.compile("^# Written by .* via (\\S+) \\(");

  static BlsText load(String volume) throws IOException {
    Path p = GoldenVolumes.dir().resolve(volume + ".bls.txt");
    return parse(Files.readAllLines(p, StandardCharsets.UTF_8));
  }

  static BlsText parse(List<String> lines) {
    BlsText t = new BlsText();
    String section = "";
    Map<String, String> current = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher vm = VIA.matcher(line);
      if (vm.find()) {
        t.writtenVia = vm.group(1);
      }
      Matcher hm = HEADER.matcher(line);
      if (hm.find()) {
        t.fileSize = Long.parseLong(hm.group(1));
        t.sha256 = hm.group(2);
      }
      if (line.startsWith("$ bls")) {
        section = line.replaceAll("^\\$ bls -c \\S+ (.*?) -V .*$", "$1");
        continue;
      }
      if (section.equals("-j -v") && !line.isBlank() && !isLogLine(line)) {
        t.jobListingLines.add(line);
      }
      if (section.equals("-j -v")) {
        if (line.endsWith(":") && !line.contains(" : ") && !line.isBlank() && !line.startsWith(" ")) {
          current = new LinkedHashMap<>();
          t.labelSections.add(current);
          t.labelSectionTitles.add(line.substring(0, line.length() - 1));
        } else if (current != null && line.contains(" : ")) {
          int c = line.indexOf(" : ");
          current.put(line.substring(0, c).trim(), line.substring(c + 3));
        } else if (current != null && line.matches("^\\S.*?\\s+:\\s*$")) {
          current.put(line.substring(0, line.indexOf(':')).trim(), "");
        } else if (current != null && line.matches("^[A-Z][\\w ]+: .*$")) {
          current.put(line.substring(0, line.indexOf(':')).trim(), line.substring(line.indexOf(':') + 2));
        } else {
          current = null;
        }
      } else if (section.equals("-k -v -v")) {
        Matcher dm = DUMP.matcher(line);
        if (dm.find()) {
          Matcher cm = CKSUM.matcher(lines.get(++i));
          if (!cm.find()) {
            throw new IllegalStateException("no checksum line after " + line);
          }
          t.blocks.add(new DumpedBlock(Long.parseLong(dm.group(1)), Long.parseLong(dm.group(2)),
              Long.parseLong(cm.group(1), 16), Long.parseLong(cm.group(2), 16), new ArrayList<>()));
          continue;
        }
        Matcher rm = REC.matcher(line);
        if (rm.find()) {
          t.blocks.get(t.blocks.size() - 1).rawRecords()
              .add(new RawRecord(rm.group(1), rm.group(2), rm.group(3), rm.group(4), rm.group(5)));
        }
      } else if (section.equals("-v")) {
        if (!isLogLine(line) && !line.isEmpty()) {
          t.verboseListingLines.add(line);
        }
        if (line.endsWith("files and directories found.")) {
          t.filesFoundLine = line;
        }
        Matcher lm = LISTED.matcher(line);
        if (lm.find()) {
          List<String> detail = new ArrayList<>();
          detail.add(lm.group(5));
          while (i + 1 < lines.size() && lines.get(i + 1).matches("^\\s+\\|.*")) {
            String next = lines.get(++i);
            t.verboseListingLines.add(next);
            detail.add(next.substring(next.indexOf('|') + 1).trim());
          }
          int stream = Integer.parseInt(lm.group(2));
          t.streamNumbers.put(lm.group(3), stream);
          t.listed.add(new ListedRecord(Integer.parseInt(lm.group(1)), stream, lm.group(3),
              Long.parseLong(lm.group(4)), detail));
        }
      }
    }
    return t;
  }

  /** Resolves stream names (UATTR, DATA, MD5) through the numbers bls printed in its {@code -v} listing. */
  List<DumpedRecord> recordsOf(DumpedBlock b) {
    List<DumpedRecord> out = new ArrayList<>();
    // bls prints one bogus Rec: line per block, read past the end of the block data (see the file's header).
    for (RawRecord r : b.rawRecords().subList(0, b.rawRecords().size() - 1)) {
      int fi = switch (r.fi()) {
        case "PRE_LABEL" -> -1;
        case "VOL_LABEL" -> -2;
        case "EOM_LABEL" -> -3;
        case "SOS_LABEL" -> -4;
        case "EOS_LABEL" -> -5;
        case "EOT_LABEL" -> -6;
        default -> Integer.parseInt(r.fi());
      };
      int stream;
      if (r.strm().matches("-?\\d+")) {
        stream = Integer.parseInt(r.strm());
      } else {
        Integer n = streamNumbers.get(r.strm());
        if (n == null) {
          throw new IllegalStateException("stream name " + r.strm() + " not in the bls -v listing");
        }
        stream = n;
      }
      out.add(new DumpedRecord(Long.parseLong(r.vid()), Long.parseLong(r.vt()), fi, stream, Long.parseLong(r.len())));
    }
    return out;
  }

  private static boolean isLogLine(String line) {
    return line.startsWith("bls:") || line.matches("^\\d\\d-\\w\\w\\w \\d\\d:\\d\\d bls .*")
        || line.startsWith("====");
  }

  /** The {@code bls -j -v} section with this title ("Volume Label", "Begin Job Session Record", ...). */
  Map<String, String> labelSection(String title) {
    int i = labelSectionTitles.indexOf(title);
    if (i < 0) {
      throw new IllegalStateException("no section " + title + " in " + labelSectionTitles);
    }
    return labelSections.get(i);
  }
}
