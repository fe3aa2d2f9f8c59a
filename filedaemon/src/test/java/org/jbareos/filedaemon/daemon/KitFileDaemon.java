package org.jbareos.filedaemon.daemon;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.jbareos.config.fd.FileDaemonConfig;
import org.jbareos.filedaemon.KitDataSet;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.testkit.KitConfig;
import org.jbareos.testkit.SharedData;
import org.jbareos.testkit.TranscriptMessage;

/** Our FD with the kit's configuration ({@code config/bareos-fd.d}) on a loopback port from 0, no auth delays. */
final class KitFileDaemon {

  private KitFileDaemon() {}

  static FileDaemon start() throws Exception {
    return start(SharedData.conformance("config"));
  }

  /** Our FD with the configuration under {@code configDirectory} (holding {@code bareos-fd.d}). */
  static FileDaemon start(Path configDirectory) throws Exception {
    FileDaemonConfig config = FileDaemonConfig.load(configDirectory);
    return FileDaemon.start(config, FileDaemonSettings.defaults()
        .listenOn(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
        .withCram(CramSettings.DEFAULT.withFailureDelay(Duration.ZERO)));
  }

  /**
   * A copy of the kit's FD configuration under {@code directory} with {@code clientLines} added to the Client
   * resource (e.g. {@code Heartbeat Interval = 1}); returns the directory to load.
   */
  static Path kitConfigWithClient(Path directory, String clientLines) throws Exception {
    KitConfig.copy("bareos-fd.d", directory);
    KitConfig.rewrite(directory.resolve("bareos-fd.d/client/myself.conf"), "Name = bareos-fd",
        "Name = bareos-fd\n  " + clientLines);
    return directory;
  }

  /**
   * What the scripted Director sends instead of the recorded frame: the FileSet's {@code F /srv/bareos-test/data}
   * names our data set's directory, {@code storage address=... port=19103} the scripted SD's port.
   */
  static byte[] directorFrame(TranscriptMessage m, Path data, int sdPort) {
    String text = m.latin1();
    if (text.equals("F " + KitDataSet.KIT_ROOT)) {
      return KitConversation.latin1("F " + data);
    }
    if (text.startsWith("storage address=")) {
      return KitConversation.latin1(text.replace("port=19103", "port=" + sdPort));
    }
    if (text.startsWith("restore ")) {
      return KitConversation.latin1(text.replace("where=/tmp/bareos-restores", "where=" + data));
    }
    return m.payload();
  }
}
